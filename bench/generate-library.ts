import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { foldText } from '../common/search/fold.ts';

/**
 * A synthetic corpus of Vietnamese S&T records for the search benchmark: titles, abstracts,
 * keywords and authors built from real S&T vocabulary. Each record belongs to a topic; its words
 * come from the topic's own vocabulary and from the general vocabulary of research writing, both
 * drawn with a Zipf-like skew, so a few words ("nghiên cứu", "ứng dụng") are everywhere and most
 * are rare — the distribution that makes naive full-text ranking slow.
 */

/** The words of research writing in every field, most frequent first. */
const GENERAL = [
  'nghiên cứu', 'ứng dụng', 'công nghệ', 'phát triển', 'đánh giá', 'hệ thống', 'giải pháp', 'mô hình', 'hiệu quả', 'khoa học',
  'quy trình', 'kết quả', 'sản xuất', 'chất lượng', 'xây dựng', 'phân tích', 'thiết kế', 'khả năng', 'tỉnh', 'thực nghiệm',
  'đề xuất', 'cơ sở', 'điều kiện', 'phương pháp', 'thử nghiệm', 'hoàn thiện', 'tối ưu', 'tiêu chuẩn', 'chế tạo', 'thực trạng',
  'nâng cao', 'bền vững', 'vùng', 'khu vực', 'quản lý', 'dữ liệu', 'đặc điểm', 'ảnh hưởng', 'yếu tố', 'môi trường',
  'chuyển giao', 'triển khai', 'thí điểm', 'quy mô', 'năng suất', 'giá trị', 'kinh tế', 'xã hội', 'thông số', 'chỉ tiêu',
  'định hướng', 'chính sách', 'tổng hợp', 'khảo sát', 'mô phỏng', 'thuật toán', 'cải tiến', 'tích hợp', 'hiện đại', 'tiên tiến',
  'trong nước', 'quốc tế', 'Việt Nam', 'đồng bằng', 'miền núi', 'ven biển', 'đô thị', 'nông thôn', 'doanh nghiệp', 'cộng đồng',
  'thiết bị', 'vật liệu', 'nguyên liệu', 'sản phẩm', 'dịch vụ', 'hạ tầng', 'nguồn lực', 'nhân lực', 'chi phí', 'thị trường',
  'bước đầu', 'toàn diện', 'đồng bộ', 'liên kết', 'chuỗi giá trị', 'tự động', 'thông minh', 'số hóa', 'chuyển đổi số', 'đổi mới sáng tạo',
  'phòng thí nghiệm', 'quy chuẩn', 'kỹ thuật', 'tiềm năng', 'thách thức', 'giai đoạn', 'kế hoạch', 'lộ trình', 'mục tiêu', 'nhiệm vụ',
  'đề tài', 'dự án', 'cấp tỉnh', 'cấp bộ', 'cấp quốc gia', 'hợp tác', 'tham vấn', 'phản biện', 'nghiệm thu', 'công bố',
];

/** Topics with their own vocabulary, most frequent first; topics themselves are skewed too. */
const TOPICS: readonly (readonly string[])[] = [
  ['giống lúa', 'chịu mặn', 'năng suất cao', 'đồng bằng sông Cửu Long', 'canh tác', 'phân bón', 'sâu bệnh', 'rầy nâu', 'gạo', 'hạt giống', 'lai tạo', 'chọn tạo', 'ngắn ngày', 'xâm nhập mặn', 'thủy lợi'],
  ['biến đổi khí hậu', 'thích ứng', 'nước biển dâng', 'hạn hán', 'lũ lụt', 'sạt lở', 'cảnh báo sớm', 'thiên tai', 'phát thải', 'khí nhà kính', 'giảm nhẹ', 'kịch bản', 'lượng mưa', 'nhiệt độ', 'dự báo'],
  ['năng lượng tái tạo', 'điện mặt trời', 'điện gió', 'pin lưu trữ', 'lưới điện', 'hiệu suất', 'tấm pin', 'biến tần', 'điện mặt trời mái nhà', 'tiết kiệm năng lượng', 'sinh khối', 'khí sinh học', 'hydro xanh', 'công suất', 'truyền tải'],
  ['xử lý nước thải', 'nước sạch', 'ô nhiễm', 'kim loại nặng', 'vi sinh vật', 'bùn thải', 'chất thải rắn', 'tái chế', 'làng nghề', 'quan trắc', 'hấp phụ', 'màng lọc', 'sinh học', 'nitơ', 'amoni'],
  ['trí tuệ nhân tạo', 'học máy', 'học sâu', 'mạng nơ-ron', 'xử lý ngôn ngữ tự nhiên', 'thị giác máy tính', 'nhận dạng', 'dữ liệu lớn', 'điện toán đám mây', 'an toàn thông tin', 'chuỗi khối', 'Internet vạn vật', 'cảm biến', 'phần mềm', 'nền tảng số'],
  ['y học', 'bệnh viện', 'điều trị', 'chẩn đoán', 'lâm sàng', 'bệnh nhân', 'ung thư', 'tim mạch', 'đái tháo đường', 'vắc xin', 'kháng sinh', 'kháng thuốc', 'dịch tễ', 'phác đồ', 'tế bào gốc'],
  ['dược liệu', 'cây thuốc', 'hoạt chất', 'chiết xuất', 'sâm Ngọc Linh', 'nuôi cấy mô', 'bảo tồn', 'nguồn gen', 'dược phẩm', 'thực phẩm chức năng', 'chống oxy hóa', 'kháng khuẩn', 'cao chiết', 'định lượng', 'tinh dầu'],
  ['nuôi trồng thủy sản', 'tôm thẻ chân trắng', 'cá tra', 'ao nuôi', 'thức ăn', 'dịch bệnh', 'con giống', 'nuôi biển', 'rong biển', 'thủy sản', 'xuất khẩu', 'an toàn thực phẩm', 'truy xuất nguồn gốc', 'tuần hoàn', 'mật độ'],
  ['vật liệu nano', 'vật liệu composite', 'polyme', 'xúc tác', 'hạt nano', 'graphen', 'màng mỏng', 'bán dẫn', 'quang xúc tác', 'tính chất', 'cấu trúc', 'tổng hợp hóa học', 'phổ', 'nhiễu xạ tia X', 'độ bền'],
  ['cơ khí', 'máy công cụ', 'điều khiển', 'robot', 'tự động hóa', 'động cơ', 'chế tạo máy', 'gia công', 'CNC', 'dây chuyền', 'khuôn mẫu', 'truyền động', 'cơ điện tử', 'ma sát', 'thủy lực'],
  ['xây dựng', 'bê tông', 'kết cấu', 'nền móng', 'công trình', 'cầu', 'đường giao thông', 'vật liệu xây dựng', 'địa kỹ thuật', 'chịu lực', 'động đất', 'nhà cao tầng', 'quy hoạch', 'đô thị thông minh', 'xi măng'],
  ['lâm nghiệp', 'rừng trồng', 'rừng ngập mặn', 'keo lai', 'gỗ', 'đa dạng sinh học', 'phục hồi rừng', 'che phủ', 'lâm sản ngoài gỗ', 'vườn quốc gia', 'động vật hoang dã', 'thảm thực vật', 'cháy rừng', 'sinh khối rừng', 'tín chỉ các-bon'],
  ['chăn nuôi', 'gia súc', 'gia cầm', 'lợn', 'bò sữa', 'dịch tả lợn châu Phi', 'thú y', 'thức ăn chăn nuôi', 'vắc xin thú y', 'con lai', 'trang trại', 'chuồng trại', 'an toàn sinh học', 'tăng trọng', 'sinh sản'],
  ['giáo dục', 'đào tạo', 'học sinh', 'sinh viên', 'giảng dạy', 'chương trình đào tạo', 'năng lực', 'kỹ năng', 'trường đại học', 'giáo viên', 'học tập', 'kiểm định', 'trực tuyến', 'phổ thông', 'nghề nghiệp'],
  ['kinh tế', 'tăng trưởng', 'đầu tư', 'xuất khẩu', 'doanh nghiệp nhỏ và vừa', 'tài chính', 'ngân hàng', 'thương mại', 'du lịch', 'lao động', 'việc làm', 'thu nhập', 'nghèo đa chiều', 'hội nhập', 'cạnh tranh'],
  ['văn hóa', 'di sản', 'lịch sử', 'dân tộc thiểu số', 'lễ hội', 'tín ngưỡng', 'ngôn ngữ', 'văn học', 'bảo tàng', 'làng cổ', 'nghệ thuật', 'phong tục', 'bản sắc', 'di tích', 'Tây Nguyên'],
  ['công nghệ sinh học', 'gen', 'chỉ thị phân tử', 'ADN', 'biến đổi gen', 'enzym', 'lên men', 'vi khuẩn', 'nấm', 'chế phẩm sinh học', 'giải trình tự', 'protein', 'tái tổ hợp', 'kháng thể', 'PCR'],
  ['địa chất', 'khoáng sản', 'nước ngầm', 'bản đồ', 'viễn thám', 'hệ thông tin địa lý', 'ảnh vệ tinh', 'địa hình', 'đất đai', 'thổ nhưỡng', 'trầm tích', 'đứt gãy', 'lưu vực sông', 'thủy văn', 'tài nguyên nước'],
  ['cây ăn quả', 'thanh long', 'sầu riêng', 'xoài', 'cà phê', 'hồ tiêu', 'chè', 'cao su', 'điều', 'bảo quản sau thu hoạch', 'chế biến', 'VietGAP', 'hữu cơ', 'tưới tiết kiệm', 'ghép cải tạo'],
  ['giao thông vận tải', 'logistics', 'cảng biển', 'đường sắt', 'hàng không', 'ùn tắc', 'an toàn giao thông', 'phương tiện', 'xe điện', 'vận tải hành khách', 'kho bãi', 'hạ tầng giao thông', 'tải trọng', 'mặt đường', 'nhựa đường'],
];

const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu', 'Quang', 'Thanh', 'Ngọc', 'Xuân', 'Thế', 'Hồng', 'Mạnh', 'Phương'];
const GIVEN = ['An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hằng', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Huy', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Trung', 'Tuấn', 'Việt', 'Yến'];
const TITLE_OPENERS = ['Nghiên cứu', 'Ứng dụng', 'Đánh giá', 'Xây dựng', 'Phát triển', 'Giải pháp', 'Hoàn thiện', 'Thiết kế và chế tạo', 'Khảo sát', 'Đề xuất'];
const LINKS = ['và', 'của', 'cho', 'trong', 'tại', 'nhằm', 'phục vụ', 'theo hướng', 'trên địa bàn', 'với'];
const TYPES = ['task_result', 'article', 'article', 'article', 'thesis', 'book', 'patent', 'standard', 'dataset', 'software', 'technology'];
const ACCESS = ['public', 'public', 'public', 'public', 'authenticated', 'internal'] as const;

export interface GeneratedRecord {
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  authors: string[];
  type: string;
  year: number;
  topic: number;
  access: (typeof ACCESS)[number];
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf-distributed index in [0, n): rank r drawn with probability ∝ 1 / (r + 1)^s. */
function zipfSampler(n: number, s: number): (random: () => number) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 0; r < n; r += 1) {
    sum += 1 / (r + 1) ** s;
    cumulative.push(sum);
  }
  return (random) => {
    const target = random() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  };
}

const pickGeneral = zipfSampler(GENERAL.length, 1.05);
const pickTopicWord = zipfSampler(15, 0.9);
const pickTopic = zipfSampler(TOPICS.length, 0.7);
const pickName = zipfSampler(FAMILY.length, 0.8);

function topicWord(random: () => number, topic: number): string {
  return (TOPICS[topic] as readonly string[])[pickTopicWord(random)] as string;
}

function generalWord(random: () => number): string {
  return GENERAL[pickGeneral(random)] as string;
}

/** A record's words: mostly its topic's, some borrowed from a neighbouring topic, the rest general. */
function word(random: () => number, topic: number): string {
  const roll = random();
  if (roll < 0.42) {
    return topicWord(random, topic);
  }
  if (roll < 0.5) {
    return topicWord(random, pickTopic(random));
  }
  return generalWord(random);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(random: () => number, topic: number, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i += 1) {
    parts.push(word(random, topic));
    if (i < words - 1 && random() < 0.35) {
      parts.push(LINKS[Math.floor(random() * LINKS.length)] as string);
    }
  }
  return `${capitalise(parts.join(' '))}.`;
}

function personName(random: () => number): string {
  return `${FAMILY[pickName(random)] ?? ''} ${MIDDLE[Math.floor(random() * MIDDLE.length)] ?? ''} ${GIVEN[Math.floor(random() * GIVEN.length)] ?? ''}`;
}

export function generateRecord(random: () => number, index: number): GeneratedRecord {
  const topic = pickTopic(random);
  const opener = TITLE_OPENERS[Math.floor(random() * TITLE_OPENERS.length)] as string;
  const titleWords = Array.from({ length: 3 + Math.floor(random() * 5) }, () => word(random, topic));
  const title = `${opener} ${titleWords.join(random() < 0.5 ? ' ' : ` ${LINKS[Math.floor(random() * LINKS.length)] ?? ''} `)}`;
  const sentences = 3 + Math.floor(random() * 5);
  const abstract = Array.from({ length: sentences }, () => sentence(random, topic, 6 + Math.floor(random() * 10))).join(' ');
  const keywords = [...new Set(Array.from({ length: 3 + Math.floor(random() * 3) }, () => topicWord(random, topic)))];
  const authors = Array.from({ length: 1 + Math.floor(random() * 4) }, () => personName(random));
  return {
    id: `r${String(index).padStart(8, '0')}`,
    title,
    abstract,
    keywords,
    authors,
    type: TYPES[Math.floor(random() * TYPES.length)] as string,
    year: 2000 + Math.floor(random() ** 0.6 * 26),
    topic,
    access: ACCESS[Math.floor(random() * ACCESS.length)] as GeneratedRecord['access'],
  };
}

/**
 * What people type: two to four words of one topic (sometimes with a general word), half without
 * diacritics, as a researcher would look for work on a subject.
 */
export function generateQueries(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const topic = pickTopic(random);
    const words = 2 + Math.floor(random() * 3);
    const parts = new Set<string>();
    while (parts.size < words) {
      parts.add(random() < 0.7 ? topicWord(random, topic) : generalWord(random));
    }
    const text = [...parts].join(' ');
    return i % 2 === 0 ? foldText(text) : text.toLowerCase();
  });
}

/**
 * The corpus of `size` records for `seed`, generated once into the OS temporary directory and
 * read back from there by later runs (one JSON record a line).
 */
export async function cachedCorpus(size: number, seed: number): Promise<string> {
  const dir = join(tmpdir(), 'opensti-bench-corpus');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `library-${seed}-${size}.jsonl`);
  if (existsSync(file)) {
    return file;
  }
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  const random = mulberry32(seed);
  for (let i = 0; i < size; i += 1) {
    if (!out.write(`${JSON.stringify(generateRecord(random, i))}\n`)) {
      await new Promise<void>((resolveDrain) => out.once('drain', () => resolveDrain()));
    }
  }
  await new Promise<void>((resolveEnd, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolveEnd())));
  renameSync(partial, file);
  return file;
}

/** Reads a cached corpus in batches. */
export async function* corpusBatches(file: string, batchSize: number): AsyncGenerator<GeneratedRecord[]> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let batch: GeneratedRecord[] = [];
  for await (const line of lines) {
    if (line.length > 0) {
      batch.push(JSON.parse(line) as GeneratedRecord);
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) {
    yield batch;
  }
}
