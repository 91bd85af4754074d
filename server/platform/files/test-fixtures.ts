/**
 * Sample files for the storage and upload tests: real magic numbers, and small builders for ZIP
 * and compound-file containers so each detection branch can be exercised with exact content.
 */

export const samples = {
  pdf: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('\0\0\0\rIHDR', 'latin1'), Buffer.alloc(24)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(32), Buffer.from([0xff, 0xd9])]),
  text: Buffer.from('Báo cáo tổng kết nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026.\nĐơn vị chủ trì: Sở Khoa học và Công nghệ.\n', 'utf8'),
  csv: Buffer.from('\uFEFFmã,tên tổ chức,tỉnh\n1,Viện Nghiên cứu Nông nghiệp,Nghệ An\n', 'utf8'),
  html: Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>', 'utf8'),
  htmlWithWhitespace: Buffer.from('\n   <html><script>fetch("/api")</script></html>', 'utf8'),
  svg: Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', 'utf8'),
  xml: Buffer.from('<?xml version="1.0"?><note>xin chào</note>', 'utf8'),
  latin1: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
  binary: Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x42]),
  exe: portableExecutable(),
  elf: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), Buffer.alloc(57)]),
  textStartingWithMz: Buffer.from('MZ là mã tỉnh giả định trong tệp mẫu\n', 'utf8'),
};

function portableExecutable(): Buffer {
  const data = Buffer.alloc(0x100);
  data.write('MZ', 0, 'latin1');
  data.writeUInt32LE(0x80, 0x3c);
  data.write('PE\0\0', 0x80, 'latin1');
  return data;
}

/** A ZIP archive of empty, stored (uncompressed) entries with the given names. */
export function buildZip(names: readonly string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;

/**
 * A version-3 compound file (512-byte sectors) whose directory lists a root entry and empty
 * streams with the given names; the directory spans as many sectors as it needs.
 */
export function buildCompoundFile(streamNames: readonly string[]): Buffer {
  const entries = ['Root Entry', ...streamNames];
  const directorySectors = Math.ceil(entries.length / 4);
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  header.writeUInt32LE(0, 0x4c);
  for (let i = 1; i < 109; i += 1) {
    header.writeUInt32LE(FREE, 0x4c + i * 4);
  }
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  for (let i = 1; i <= directorySectors; i += 1) {
    fat.writeUInt32LE(i === directorySectors ? END_OF_CHAIN : i + 1, i * 4);
  }
  const directory = Buffer.alloc(directorySectors * 512);
  entries.forEach((name, index) => {
    const at = index * 128;
    const written = directory.write(`${name}\0`, at, 'utf16le');
    directory.writeUInt16LE(written, at + 0x40);
    directory[at + 0x42] = index === 0 ? 5 : 2;
    directory.writeUInt32LE(FREE, at + 0x44);
    directory.writeUInt32LE(FREE, at + 0x48);
    directory.writeUInt32LE(FREE, at + 0x4c);
    directory.writeUInt32LE(END_OF_CHAIN, at + 0x74);
  });
  return Buffer.concat([header, fat, directory]);
}
