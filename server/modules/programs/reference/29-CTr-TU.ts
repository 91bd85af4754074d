import type { TProgramDocumentInput } from '../../../../common/contracts/programs.ts';

/**
 * Chương trình hành động số 29-CTr/TU ngày 04/6/2013 của Ban Thường vụ Tỉnh ủy Thái Nguyên, as
 * an import document: every section and every action bullet of §II in the words of the original
 * (obvious slips corrected: "củng cố", "tiến bộ", "Chú trọng", the capitals of "Đảng" and "Nhà
 * nước", a sentence split by a page break), and the numeric
 * targets of §I.2 and §II.3 with the indicators that measure them.
 *
 * National S&T statistics codes (the indicator system of the Ministry of Science and Technology):
 * 1401 S&T organisations; 1402 persons working in S&T organisations; 1403 persons in research and
 * development; 1404 patents granted; 1405 technology renewal index; 1406 technology renewal
 * spending as a share of enterprises' fixed capital; 1407 spending on research and development.
 * Mapped here: S&T staff → 1402 (the closest national count of S&T people) and technology and
 * equipment renewal → 1405. TFP, the S&T market, enterprises supported and population have no
 * national S&T code; provincial budget spending on S&T is not 1407 (which counts R&D spending from
 * every source), so it stays unmapped too.
 */
export const PROGRAM_29_CTR_TU_CODE = '29-CTr/TU';

/** The provincial Department of S&T runs the program day to day once the directory holds it. */
export const PROGRAM_29_CTR_TU_OWNER = 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên';

const NQ20 =
  'phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế';

export const program29CTrTU: TProgramDocumentInput = {
  program: {
    code: PROGRAM_29_CTR_TU_CODE,
    title: `Chương trình hành động thực hiện Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng (khóa XI) về “${NQ20}”`,
    titleEn:
      'Action Program implementing the Resolution of the 6th Plenum of the 11th Party Central Committee on developing science and technology for industrialisation and modernisation',
    issuingBody: 'Ban Thường vụ Tỉnh ủy Thái Nguyên',
    issuedOn: '2013-06-04',
    legalBasis: `Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về “${NQ20.charAt(0).toUpperCase()}${NQ20.slice(1)}”`,
    summary:
      'Thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI, Ban Thường vụ Tỉnh ủy Thái Nguyên xây dựng Chương trình hành động thực hiện Nghị quyết với những nội dung cụ thể về mục tiêu, nhiệm vụ và giải pháp chủ yếu, tổ chức thực hiện.',
    status: 'active',
    startYear: 2013,
    endYear: 2020,
    published: true,
    jurisdictionCode: '19',
    ownerOrganisation: null,
  },
  sections: [
    { ref: 'I', title: 'Mục tiêu' },
    {
      ref: 'I.1',
      parentRef: 'I',
      title: 'Mục tiêu tổng quát',
      body: 'Phát triển khoa học, công nghệ tạo ra động lực phát triển kinh tế - xã hội; chú trọng nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh các sản phẩm chủ yếu của tỉnh trong lĩnh vực công nghiệp, nông nghiệp, lâm nghiệp; huy động và sử dụng có hiệu quả các nguồn lực khoa học công nghệ, góp phần đẩy nhanh tốc độ phát triển kinh tế - xã hội, thực hiện thắng lợi mục tiêu xây dựng Thái Nguyên trở thành tỉnh công nghiệp theo hướng hiện đại trước năm 2020.',
    },
    { ref: 'I.2', parentRef: 'I', title: 'Mục tiêu cụ thể' },
    {
      ref: 'I.2.1',
      parentRef: 'I.2',
      title: 'Mục tiêu đến năm 2020',
      body: 'Phấn đấu đến năm 2020, trình độ phát triển KH&CN trong các lĩnh vực chủ chốt của tỉnh đạt mức tiên tiến, hiện đại. Phát triển đồng bộ các lĩnh vực khoa học xã hội và nhân văn, khoa học tự nhiên, khoa học kỹ thuật và công nghệ. Bảo đảm cung cấp luận cứ khoa học cho việc cụ thể hoá chủ trương, đường lối, chính sách của Đảng, Nhà nước phù hợp với điều kiện thực tế của tỉnh. Thông qua yếu tố năng suất tổng hợp (TFP) hoạt động khoa học và công nghệ đóng góp khoảng 35% tăng trưởng kinh tế. Tốc độ đổi mới công nghệ, thiết bị đạt khoảng 15-20%/năm.',
    },
    {
      ref: 'I.2.2',
      parentRef: 'I.2',
      title: 'Mục tiêu đến năm 2015',
      body: 'Phấn đấu đến năm 2015 hình thành thị trường khoa học, công nghệ trên địa bàn tỉnh. Nâng cao năng lực cạnh tranh của các sản phẩm chủ lực của tỉnh trên thị trường trong nước và quốc tế, dựa trên đổi mới công nghệ và ứng dụng công nghệ cao vào sản xuất. Nghiên cứu, chuyển giao quy trình cho doanh nghiệp trên địa bàn tỉnh để đưa vào sản xuất, chế biến quy mô công nghiệp đối với các nhóm sản phẩm công nghiệp, nông, lâm nghiệp của tỉnh. Có khoảng 100 doanh nghiệp trong tỉnh được hỗ trợ nghiên cứu, ứng dụng khoa học và công nghệ.',
    },
    {
      ref: 'I.2.3',
      parentRef: 'I.2',
      title: 'Phát triển đội ngũ cán bộ khoa học và công nghệ',
      body: 'Phát triển đội ngũ cán bộ khoa học và công nghệ có trình độ cao, tâm huyết, trung thực, tận tụy; cơ cấu trình độ, chuyên môn phù hợp, được phân bổ hợp lý, đáp ứng yêu cầu phát triển kinh tế - xã hội của địa phương; phấn đấu tỷ lệ cán bộ khoa học và công nghệ của tỉnh đạt mức 15 người/1 vạn dân.',
    },
    { ref: 'II', title: 'Nhiệm vụ và các giải pháp chủ yếu' },
    {
      ref: 'II.1',
      parentRef: 'II',
      title: 'Tăng cường vai trò lãnh đạo, quản lý của các cấp ủy đảng, chính quyền đối với sự nghiệp phát triển khoa học và công nghệ',
    },
    {
      ref: 'II.2',
      parentRef: 'II',
      title:
        'Đổi mới toàn diện hệ thống tổ chức, cơ chế quản lý, hoạt động khoa học và công nghệ; nâng cao hiệu lực, hiệu quả quản lý nhà nước về khoa học và công nghệ',
    },
    { ref: 'II.2.1', parentRef: 'II.2', title: 'Đổi mới toàn diện hệ thống tổ chức, cơ chế quản lý, hoạt động khoa học và công nghệ' },
    { ref: 'II.2.2', parentRef: 'II.2', title: 'Nâng cao hiệu lực, hiệu quả quản lý nhà nước về khoa học và công nghệ' },
    { ref: 'II.2.3', parentRef: 'II.2', title: 'Xây dựng, tổ chức thực hiện các Chương trình nghiên cứu, ứng dụng khoa học và công nghệ trọng điểm cấp tỉnh' },
    { ref: 'II.3', parentRef: 'II', title: 'Tăng cường đầu tư phát triển tiềm lực khoa học và công nghệ' },
    { ref: 'II.4', parentRef: 'II', title: 'Tăng cường hợp tác, hội nhập quốc tế và xây dựng, phát triển thị trường khoa học và công nghệ' },
    { ref: 'III', title: 'Tổ chức thực hiện' },
    {
      ref: 'III.1',
      parentRef: 'III',
      title: 'Các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể xây dựng kế hoạch thực hiện',
      body: `Các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể căn cứ Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban chấp hành Trung ương Đảng (khóa XI) về “Phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường theo định hướng xã hội chủ nghĩa và hội nhập quốc tế” và Chương trình hành động của Tỉnh ủy, xây dựng kế hoạch thực hiện phù hợp với đặc điểm tình hình, yêu cầu nhiệm vụ của từng địa phương, đơn vị.`,
    },
    {
      ref: 'III.2',
      parentRef: 'III',
      title: 'Ban cán sự Đảng Ủy ban nhân dân tỉnh chỉ đạo, theo dõi, kiểm tra, đánh giá',
      body: 'Ban cán sự Đảng UBND tỉnh chỉ đạo các ngành, đơn vị khẩn trương xây dựng và triển khai kế hoạch thực hiện Chương trình hành động của Ban Thường vụ Tỉnh ủy; thường xuyên theo dõi, kiểm tra, đánh giá tình hình thực hiện và kịp thời điều chỉnh các kế hoạch, giải pháp cụ thể phù hợp với yêu cầu thực tế, bảo đảm thực hiện có hiệu quả.',
    },
    {
      ref: 'III.3',
      parentRef: 'III',
      title: 'Ban Tuyên giáo Tỉnh ủy hướng dẫn, đôn đốc, sơ kết, tổng kết',
      body: 'Ban Tuyên giáo Tỉnh ủy chỉ đạo, hướng dẫn tuyên truyền Nghị quyết 20-NQ/TW của Ban chấp hành Trung ương Đảng (khóa XI) và Chương trình hành động của Tỉnh ủy; phản ánh tình hình, kết quả triển khai thực hiện ở các địa phương, đơn vị. Đồng thời chủ trì, phối hợp với Văn phòng Tỉnh ủy và các cơ quan liên quan thường xuyên theo dõi, kiểm tra, đôn đốc việc quán triệt, triển khai thực hiện Nghị quyết 20-NQ/TW của Ban chấp hành Trung ương Đảng (khóa XI) và Chương trình hành động của Tỉnh ủy; định kỳ sơ, tổng kết, báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện.',
    },
  ],
  indicators: [
    {
      code: 'KHCN.TFP_SHARE',
      nameVi: 'Tỷ lệ đóng góp của yếu tố năng suất tổng hợp (TFP) vào tăng trưởng kinh tế',
      nameEn: 'Contribution of total factor productivity (TFP) to economic growth',
      unit: '%',
      periodType: 'year',
      method: 'reported',
      aggregation: 'province_only',
      decimals: 1,
      description: 'Số liệu do cơ quan thống kê tỉnh tính toán và cung cấp hằng năm.',
    },
    {
      code: 'KHCN.TECH_RENEWAL_RATE',
      nameVi: 'Tốc độ đổi mới công nghệ, thiết bị',
      nameEn: 'Rate of technology and equipment renewal',
      unit: '%/năm',
      periodType: 'year',
      method: 'reported',
      aggregation: 'province_only',
      decimals: 1,
      nationalCode: '1405',
    },
    {
      code: 'KHCN.ST_MARKET_FORMED',
      nameVi: 'Thị trường khoa học và công nghệ trên địa bàn tỉnh đã hình thành (1: đã hình thành; 0: chưa hình thành)',
      nameEn: 'An S&T market exists in the province (1: formed; 0: not yet)',
      unit: 'có/không',
      periodType: 'year',
      method: 'reported',
      aggregation: 'province_only',
      decimals: 0,
    },
    {
      code: 'KHCN.ENTERPRISES_SUPPORTED',
      nameVi: 'Số doanh nghiệp được hỗ trợ nghiên cứu, ứng dụng khoa học và công nghệ (cộng dồn từ đầu chương trình)',
      nameEn: 'Enterprises supported in S&T research and application (cumulative)',
      unit: 'doanh nghiệp',
      periodType: 'year',
      method: 'computed',
      computation: 'programs.enterprises_supported',
      aggregation: 'sum',
      decimals: 0,
    },
    {
      code: 'KHCN.ST_STAFF',
      nameVi: 'Số cán bộ khoa học và công nghệ có trình độ đại học trở lên',
      nameEn: 'S&T staff with a university degree or higher',
      unit: 'người',
      periodType: 'year',
      method: 'computed',
      computation: 'directory.st_staff',
      aggregation: 'sum',
      decimals: 0,
      nationalCode: '1402',
    },
    {
      code: 'DS.POPULATION',
      nameVi: 'Dân số',
      nameEn: 'Population',
      unit: 'người',
      periodType: 'year',
      method: 'computed',
      computation: 'directory.population',
      aggregation: 'sum',
      decimals: 0,
    },
    {
      code: 'KHCN.ST_STAFF_PER_10K',
      nameVi: 'Số cán bộ khoa học và công nghệ trên 1 vạn dân',
      nameEn: 'S&T staff per 10,000 inhabitants',
      unit: 'người/1 vạn dân',
      periodType: 'year',
      method: 'ratio',
      numeratorCode: 'KHCN.ST_STAFF',
      denominatorCode: 'DS.POPULATION',
      multiplier: 10_000,
      aggregation: 'province_only',
      decimals: 1,
    },
    {
      code: 'NS.ST_SPENDING',
      nameVi: 'Chi ngân sách nhà nước của tỉnh cho khoa học và công nghệ',
      nameEn: 'Provincial budget spending on science and technology',
      unit: 'triệu đồng',
      periodType: 'year',
      method: 'reported',
      aggregation: 'sum',
      decimals: 0,
      description: 'Mỗi sở, ngành, địa phương báo cáo số chi ngân sách cho khoa học và công nghệ do đơn vị thực hiện trong năm; số của tỉnh là tổng số của các đơn vị.',
    },
    {
      code: 'NS.TOTAL_SPENDING',
      nameVi: 'Tổng chi ngân sách của tỉnh',
      nameEn: 'Total provincial budget spending',
      unit: 'triệu đồng',
      periodType: 'year',
      method: 'reported',
      aggregation: 'province_only',
      decimals: 0,
    },
    {
      code: 'NS.ST_SPENDING_SHARE',
      nameVi: 'Tỷ lệ chi ngân sách cho khoa học và công nghệ trên tổng chi ngân sách của tỉnh',
      nameEn: 'S&T spending as a share of total provincial budget spending',
      unit: '%',
      periodType: 'year',
      method: 'ratio',
      numeratorCode: 'NS.ST_SPENDING',
      denominatorCode: 'NS.TOTAL_SPENDING',
      multiplier: 100,
      aggregation: 'province_only',
      decimals: 2,
    },
  ],
  targets: [
    {
      code: 'MT-TFP',
      sectionRef: 'I.2.1',
      indicatorCode: 'KHCN.TFP_SHARE',
      label: 'Thông qua yếu tố năng suất tổng hợp (TFP), hoạt động khoa học và công nghệ đóng góp khoảng 35% tăng trưởng kinh tế',
      targetMin: 35,
      direction: 'at_least',
      applies: 'by_deadline',
      startYear: 2013,
      deadline: '2020-12-31',
    },
    {
      code: 'MT-DMCN',
      sectionRef: 'I.2.1',
      indicatorCode: 'KHCN.TECH_RENEWAL_RATE',
      label: 'Tốc độ đổi mới công nghệ, thiết bị đạt khoảng 15-20%/năm',
      targetMin: 15,
      targetMax: 20,
      direction: 'range',
      applies: 'every_period',
      startYear: 2013,
      deadline: '2020-12-31',
    },
    {
      code: 'MT-TTKHCN',
      sectionRef: 'I.2.2',
      indicatorCode: 'KHCN.ST_MARKET_FORMED',
      label: 'Hình thành thị trường khoa học, công nghệ trên địa bàn tỉnh',
      baselineValue: 0,
      baselineYear: 2013,
      targetMin: 1,
      direction: 'at_least',
      applies: 'by_deadline',
      startYear: 2013,
      deadline: '2015-12-31',
    },
    {
      code: 'MT-DNHT',
      sectionRef: 'I.2.2',
      indicatorCode: 'KHCN.ENTERPRISES_SUPPORTED',
      label: 'Có khoảng 100 doanh nghiệp trong tỉnh được hỗ trợ nghiên cứu, ứng dụng khoa học và công nghệ',
      baselineValue: 0,
      baselineYear: 2013,
      targetMin: 100,
      direction: 'at_least',
      applies: 'by_deadline',
      startYear: 2013,
      deadline: '2015-12-31',
    },
    {
      code: 'MT-CBKHCN',
      sectionRef: 'I.2.3',
      indicatorCode: 'KHCN.ST_STAFF_PER_10K',
      label: 'Tỷ lệ cán bộ khoa học và công nghệ của tỉnh đạt mức 15 người/1 vạn dân',
      targetMin: 15,
      direction: 'at_least',
      applies: 'by_deadline',
      startYear: 2013,
      deadline: '2020-12-31',
    },
    {
      code: 'MT-NSKHCN',
      sectionRef: 'II.3',
      indicatorCode: 'NS.ST_SPENDING_SHARE',
      label: 'Đầu tư của ngân sách Nhà nước cho khoa học và công nghệ bảo đảm tối thiểu 2% tổng chi ngân sách của tỉnh hàng năm',
      targetMin: 2,
      direction: 'at_least',
      applies: 'every_period',
      startYear: 2013,
      deadline: '2020-12-31',
    },
  ],
  actions: [
    {
      ref: 'II.1.a',
      sectionRef: 'II.1',
      text: 'Tiếp tục đẩy mạnh công tác tuyên truyền, giáo dục đến cán bộ, đảng viên và nhân dân về vị trí, tầm quan trọng của phát triển và chuyển giao khoa học và công nghệ; phổ biến, nâng cao kiến thức về sở hữu trí tuệ; triển khai quán triệt các chủ trương của Đảng, chính sách pháp luật của Nhà nước về khoa học công nghệ.',
    },
    {
      ref: 'II.1.b',
      sectionRef: 'II.1',
      text: 'Các cấp ủy đảng, chính quyền phải thực sự coi phát triển khoa học và công nghệ là một trong những nội dung lãnh đạo chủ yếu, một trong những nhiệm vụ chính trị then chốt quan trọng, thường xuyên trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; phân công cán bộ phụ trách và chịu trách nhiệm chỉ đạo tìm ra những phương pháp thực hiện có hiệu quả nhằm phát triển khoa học và công nghệ. Gắn kết mục tiêu, nhiệm vụ phát triển khoa học và công nghệ với mục tiêu nhiệm vụ phát triển kinh tế - xã hội; đưa kế hoạch ứng dụng và phát triển khoa học công nghệ là một nội dung của quy hoạch, kế hoạch phát triển của từng ngành, địa phương.',
    },
    {
      ref: 'II.2.1.a',
      sectionRef: 'II.2.1',
      text: 'Rà soát, sửa đổi, bổ sung và hoàn thiện các văn bản quy phạm pháp luật trên lĩnh vực khoa học và công nghệ của tỉnh, nhằm đáp ứng yêu cầu quản lý nhà nước trong giai đoạn mới. Tập trung xây dựng và hoàn thiện Chiến lược về phát triển KHCN đến năm 2020, định hướng đến năm 2030; xây dựng các quy chế, quy định về quản lý và hoạt động như: đổi mới về xây dựng kế hoạch, tổ chức tuyển chọn, đấu thầu, quản lý các dự án; cơ chế về quản lý tài chính, về phương thức quản lý nhà nước về khoa học và công nghệ; cơ chế quản lý và hỗ trợ doanh nghiệp hoạt động khoa học và công nghệ.',
    },
    {
      ref: 'II.2.1.b',
      sectionRef: 'II.2.1',
      text: 'Tiếp tục đẩy mạnh cải cách thủ tục hành chính trên các lĩnh vực quản lý nhà nước nói chung và trong quản lý nhà nước về KHCN nói riêng; nhằm tạo thuận lợi nhất cho các cơ quan, tổ chức và cá nhân có nhiều hoạt động liên quan đến lĩnh vực khoa học và công nghệ.',
    },
    {
      ref: 'II.2.1.c',
      sectionRef: 'II.2.1',
      text: 'Từng bước chuyển các tổ chức khoa học và công nghệ công lập sang hoạt động theo chế độ tự chủ, tự chịu trách nhiệm về kết quả và hiệu quả hoạt động theo quy định của pháp luật. Tăng cường liên kết giữa tổ chức khoa học và công nghệ với doanh nghiệp; các hoạt động tư vấn, thông tin về khoa học và công nghệ, giúp các doanh nghiệp có điều kiện tiếp cận đầy đủ các thông tin, thành tựu khoa học và công nghệ mới, các kết quả nghiên cứu hiệu quả ở trong và ngoài nước.',
    },
    {
      ref: 'II.2.1.d',
      sectionRef: 'II.2.1',
      text: 'Đẩy mạnh cơ chế đặt hàng, đấu thầu thực hiện nhiệm vụ khoa học và công nghệ và cơ chế khoán kinh phí đến sản phẩm khoa học và công nghệ cuối cùng theo kết quả đầu ra. Quản lý và sử dụng có hiệu quả quỹ phát triển khoa học và công nghệ. Tăng cường công tác kiểm tra, giám sát; thực hiện cơ chế đánh giá độc lập, tư vấn, phản biện, giám định xã hội đối với các hoạt động khoa học và công nghệ.',
    },
    {
      ref: 'II.2.1.e',
      sectionRef: 'II.2.1',
      text: 'Củng cố, kiện toàn các cơ quan quản lý nhà nước về khoa học và công nghệ cấp tỉnh, huyện; nâng cao hiệu quả hoạt động các trung tâm nghiên cứu, ứng dụng, triển khai các đề tài khoa học và công nghệ; phát huy đúng mức vai trò tư vấn, phản biện của Liên hiệp các Hội khoa học và Kỹ thuật tỉnh trong tham gia thẩm định, phản biện các đề án, đề tài,...',
    },
    {
      ref: 'II.2.1.f',
      sectionRef: 'II.2.1',
      text: 'Thực hiện đào tạo, bồi dưỡng đội ngũ cán bộ quản lý khoa học và công nghệ; xây dựng và triển khai các chương trình đào tạo về quản lý công nghệ, quản trị công nghệ cho các doanh nghiệp trên địa bàn; có kế hoạch đào tạo, bồi dưỡng đội ngũ cán bộ nghiên cứu, kỹ sư thực hành, cán bộ trung cấp và công nhân có tay nghề cao; chủ động phát hiện và đào tạo, bồi dưỡng tài năng trẻ từ các trường phổ thông, cao đẳng, đại học.',
    },
    {
      ref: 'II.2.1.g',
      sectionRef: 'II.2.1',
      text: 'Đẩy mạnh quá trình hình thành và phát triển doanh nghiệp khoa học và công nghệ, đây là một trong những giải pháp quan trọng để tạo lập, phát triển thị trường khoa học và công nghệ, doanh nghiệp đóng vai trò là trung tâm ứng dụng và đổi mới công nghệ.',
    },
    {
      ref: 'II.2.1.h',
      sectionRef: 'II.2.1',
      text: 'Xây dựng các cơ chế nhằm khuyến khích, hỗ trợ chuyển giao công nghệ, hỗ trợ ứng dụng kết quả vào thực tiễn sản xuất và đời sống.',
    },
    {
      ref: 'II.2.1.i',
      sectionRef: 'II.2.1',
      text: 'Xây dựng, ban hành chính sách khen thưởng, xử lý vi phạm trong các hoạt động nghiên cứu khoa học và phát triển công nghệ. Có các cơ chế động viên, tôn vinh tài năng trong hoạt động khoa học và công nghệ, khen thưởng kịp thời, xứng đáng những công trình được áp dụng vào thực tiễn mang lại hiệu quả cao.',
    },
    {
      ref: 'II.2.2.a',
      sectionRef: 'II.2.2',
      text: 'Tăng cường công tác đào tạo, bồi dưỡng đội ngũ cán bộ hoạt động khoa học và công nghệ, cán bộ quản lý KHCN trong tỉnh thông qua các khóa đào tạo, tập huấn về chuyên môn nghiệp vụ.',
    },
    {
      ref: 'II.2.2.b',
      sectionRef: 'II.2.2',
      text: 'Tăng cường chính sách thu hút nhân tài, quy hoạch, đề bạt và sử dụng tài năng trong nghiên cứu và hoạt động khoa học, công nghệ. Chú trọng trong đề bạt, sử dụng cán bộ trẻ, cán bộ có năng lực vào những vị trí phù hợp nhằm phát huy hiệu quả năng lực của đội ngũ cán bộ.',
    },
    {
      ref: 'II.2.2.c',
      sectionRef: 'II.2.2',
      text: 'Đảm bảo các điều kiện về cơ sở vật chất phục vụ công tác quản lý nhà nước về khoa học và công nghệ. Tăng cường công tác thanh tra, kiểm tra, giám sát về khoa học và công nghệ trên địa bàn tỉnh.',
    },
    {
      ref: 'II.2.3.a',
      sectionRef: 'II.2.3',
      text: 'Nghiên cứu các vấn đề liên quan đến củng cố và xây dựng hệ thống chính trị, nâng cao hiệu lực và hiệu quả quản lý nhà nước, xây dựng chính quyền các cấp trong sạch, vững mạnh; tăng cường khối đại đoàn kết toàn dân trước yêu cầu chuyển đổi sang nền kinh tế thị trường định hướng xã hội chủ nghĩa và sự nghiệp công nghiệp hóa, hiện đại hóa của tỉnh. Nghiên cứu các vấn đề liên quan đến mô hình, giải pháp phát triển kinh tế với tốc độ nhanh và bền vững; cơ chế và giải pháp quản lý, sử dụng và huy động tối đa các nguồn lực cho đầu tư phát triển; các giải pháp về phát triển kinh tế tri thức.',
    },
    {
      ref: 'II.2.3.b',
      sectionRef: 'II.2.3',
      text: 'Nghiên cứu bảo tồn, phát triển nền văn hóa truyền thống và các giá trị đạo đức tốt đẹp; xây dựng các luận cứ khoa học, đề xuất các cơ chế, chính sách, các giải pháp khoa học và công nghệ phục vụ xây dựng nông thôn mới.',
    },
    {
      ref: 'II.2.3.c',
      sectionRef: 'II.2.3',
      text: 'Đưa nhanh các tiến bộ khoa học và công nghệ vào sản xuất nông nghiệp, phấn đấu nâng cao trình độ, công nghệ và giá trị gia tăng trên một đơn vị diện tích, tăng năng suất lao động, nâng cao chất lượng và sức cạnh tranh của nông sản.',
    },
    {
      ref: 'II.2.3.d',
      sectionRef: 'II.2.3',
      text: 'Ứng dụng rộng rãi công nghệ sinh học để tạo các giống cây, con mới có năng suất cao, chất lượng tốt, chống chịu với sâu bệnh và có khả năng thích nghi điều kiện biến đổi khí hậu; xác định và phòng chống các loại dịch bệnh nguy hiểm mới phát sinh, tạo các chế phẩm sinh học phục vụ phát triển nông nghiệp bền vững.',
    },
    {
      ref: 'II.2.3.e',
      sectionRef: 'II.2.3',
      text: 'Nghiên cứu, ứng dụng các kỹ thuật tiến bộ, công nghệ tiên tiến trong khám, chữa bệnh và trong công tác kiểm tra an toàn vệ sinh thực phẩm. Tích cực ứng dụng tiến bộ khoa học, công nghệ tiên tiến để khai thác, sử dụng hợp lý và hiệu quả tài nguyên thiên nhiên; đồng thời phục vụ hoạt động quan trắc, thu thập, xử lý và quản lý các dữ liệu tài nguyên và môi trường của tỉnh.',
    },
    {
      ref: 'II.2.3.f',
      sectionRef: 'II.2.3',
      text: 'Ứng dụng có hiệu quả các tiến bộ khoa học, công nghệ mới để hạn chế, ngăn chặn và xử lý các vấn đề ô nhiễm môi trường trong làng nghề, các khu công nghiệp, cụm công nghiệp, xử lý rác thải nông thôn trong tỉnh.',
    },
    {
      ref: 'II.2.3.g',
      sectionRef: 'II.2.3',
      text: 'Phát triển khoa học và công nghệ phục vụ cho mục tiêu tăng trưởng công nghiệp theo chiều sâu, khuyến khích phát triển công nghiệp phụ trợ, phát triển các sản phẩm công nghiệp sử dụng công nghệ cao, tiết kiệm năng lượng, thân thiện môi trường, có khả năng tạo ra giá trị kinh tế cao, đóng góp lớn cho GDP của tỉnh.',
    },
    {
      ref: 'II.3.a',
      sectionRef: 'II.3',
      text: 'Xây dựng quy hoạch, kế hoạch đào tạo, đào tạo lại nguồn nhân lực khoa học và công nghệ theo hướng bảo đảm chất lượng, đồng bộ, đủ về số lượng và cơ cấu ngành nghề chuyên môn đáp ứng yêu cầu phát triển kinh tế - xã hội của tỉnh. Tạo môi trường thuận lợi, điều kiện vật chất để cán bộ khoa học và công nghệ phát triển bằng tài năng và hưởng lợi xứng đáng bằng giá trị lao động sáng tạo của mình.',
    },
    {
      ref: 'II.3.b',
      sectionRef: 'II.3',
      text: 'Nghiên cứu, xây dựng giải thưởng khoa học và công nghệ của tỉnh để tôn vinh các tập thể, cá nhân có những công trình khoa học và công nghệ xuất sắc phục vụ phát triển kinh tế - xã hội của tỉnh.',
    },
    {
      ref: 'II.3.c',
      sectionRef: 'II.3',
      text: 'Huy động mạnh mẽ các nguồn vốn trong tỉnh, nguồn vốn Trung ương, vốn nước ngoài đầu tư cho phát triển khoa học và công nghệ. Tăng đầu tư của ngân sách Nhà nước cho khoa học và công nghệ bảo đảm tối thiểu 2% tổng chi ngân sách của tỉnh hàng năm. Thực hiện tốt việc đa dạng hóa các nguồn vốn đầu tư cho hoạt động khoa học và công nghệ; khuyến khích các doanh nghiệp, các thành phần kinh tế tích cực đầu tư cho hoạt động khoa học và công nghệ, đặc biệt là nghiên cứu, ứng dụng, đổi mới thiết bị, công nghệ để sản xuất và tạo ra sản phẩm mới có giá trị kinh tế cao.',
    },
    {
      ref: 'II.3.d',
      sectionRef: 'II.3',
      text: 'Củng cố và phát triển hệ thống thông tin về khoa học và công nghệ. Xây dựng thư viện khoa học và công nghệ điện tử phục vụ tra cứu thông tin, phổ biến tri thức khoa học và công nghệ. Đa dạng hóa kênh thông tin phù hợp trình độ dân trí.',
    },
    {
      ref: 'II.3.e',
      sectionRef: 'II.3',
      text: 'Tăng cường đầu tư cơ sở vật chất đảm bảo thực hiện hiệu quả hoạt động khoa học và công nghệ, trước mắt tập trung đầu tư tăng cường tiềm lực cho Trung tâm Ứng dụng tiến bộ khoa học và công nghệ và Trung tâm Kỹ thuật Tiêu chuẩn - Đo lường - Chất lượng.',
    },
    {
      ref: 'II.4.a',
      sectionRef: 'II.4',
      text: 'Mở rộng quan hệ hợp tác phát triển khoa học và công nghệ trong và ngoài nước; tranh thủ sự giúp đỡ, hỗ trợ của các nước, các tổ chức quốc tế và Trung ương trong các lĩnh vực đào tạo, quản lý, nghiên cứu khoa học, ứng dụng, đổi mới công nghệ hướng vào giải quyết các mục tiêu ưu tiên của tỉnh; Đặc biệt đẩy mạnh hợp tác với Đại học Thái Nguyên để đào tạo nguồn nhân lực chất lượng cao về khoa học và công nghệ, đồng thời chuyển giao các ứng dụng tiến bộ khoa học kỹ thuật vào thực tiễn sản xuất trên địa bàn tỉnh.',
    },
    {
      ref: 'II.4.b',
      sectionRef: 'II.4',
      text: 'Xây dựng cơ chế liên kết giữa các tổ chức khoa học và công nghệ - trường đại học - doanh nghiệp, hình thành mạng lưới trung tâm chuyển giao công nghệ để tăng cường mối liên kết các viện, trường trong nước và nước ngoài với doanh nghiệp, làm tốt chức năng “chuyển hóa” kết quả nghiên cứu đến các doanh nghiệp, cơ sở sản xuất trong tỉnh.',
    },
    {
      ref: 'II.4.c',
      sectionRef: 'II.4',
      text: 'Tạo điều kiện cho các Viện nghiên cứu, tổ chức khoa học và công nghệ, Trường đại học ở Trung ương và địa phương trình diễn, giới thiệu sản phẩm nghiên cứu khoa học, công nghệ mới. Tăng cường tuyên truyền, giáo dục, phổ biến và nâng cao hiệu lực thực thi pháp luật về sở hữu trí tuệ và chuyển giao công nghệ.',
    },
    {
      ref: 'II.4.d',
      sectionRef: 'II.4',
      text: 'Khuyến khích phát triển các hoạt động dịch vụ thông tin, tư vấn, môi giới, đánh giá, thẩm định, giám định công nghệ, dịch vụ chuyển giao công nghệ, các dịch vụ về sở hữu trí tuệ, tiêu chuẩn đo lường chất lượng; hình thành và phát triển chợ thiết bị và công nghệ.',
    },
    {
      ref: 'II.4.e',
      sectionRef: 'II.4',
      text: 'Ngăn chặn và tiến tới xoá bỏ các công nghệ lạc hậu, công nghệ gây nguy hại đến sức khỏe con người, tài nguyên, môi trường, an ninh, quốc phòng vào tỉnh.',
    },
  ],
};
