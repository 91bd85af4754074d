import type { ProgramArea } from '../../../../common/contracts/library.ts';

/**
 * Vocabulary of the demo library: research themes of Thái Nguyên with the S&T fields and program
 * areas (seed §II.2.3) they belong to. Titles are built from a theme's subjects, aims and places.
 */
export type ProductType = 'software' | 'dataset' | 'technology' | 'patent' | 'industrial_design' | 'plant_variety' | 'standard';

export interface Theme {
  key: string;
  fields: string[];
  area: ProgramArea;
  /** Research titles without a place; a place of the theme is appended to most of them. */
  stems: string[];
  places: string[];
  /** Names of outputs that are not papers, by type; a theme offers only the outputs it produces. */
  products: Partial<Record<ProductType, string[]>>;
  methods: string[];
  keywords: string[];
  findings: string[];
  /** Organisation names (as in the demo directory) that work on the theme. */
  organisations: string[];
}

const TUAF = 'Trường Đại học Nông Lâm - Đại học Thái Nguyên';
const TNUT = 'Trường Đại học Kỹ thuật Công nghiệp - Đại học Thái Nguyên';
const TUMP = 'Trường Đại học Y - Dược - Đại học Thái Nguyên';
const TNUE = 'Trường Đại học Sư phạm - Đại học Thái Nguyên';
const ICTU = 'Trường Đại học Công nghệ Thông tin và Truyền thông - Đại học Thái Nguyên';
const TNUS = 'Trường Đại học Khoa học - Đại học Thái Nguyên';
const TUEBA = 'Trường Đại học Kinh tế và Quản trị Kinh doanh - Đại học Thái Nguyên';

export const THEMES: readonly Theme[] = [
  {
    key: 'tea',
    fields: ['401', '211'],
    area: 'c',
    stems: [
      'Nghiên cứu ứng dụng công nghệ sấy lạnh trong chế biến chè xanh đặc sản',
      'Đánh giá năng suất và chất lượng giống chè LDP1 và Kim Tuyên',
      'Xây dựng chuỗi giá trị chè an toàn theo tiêu chuẩn VietGAP',
      'Kiểm soát dư lượng thuốc bảo vệ thực vật trong sản xuất chè hữu cơ',
      'Phát triển thương hiệu và chỉ dẫn địa lý chè Tân Cương',
      'Cải tạo đất trồng chè bằng phân hữu cơ vi sinh',
      'Xác định thời vụ đốn và hái thích hợp cho chè vụ xuân',
    ],
    places: ['vùng chè Tân Cương', 'huyện Đại Từ', 'huyện Định Hóa', 'huyện Phú Lương', 'xã La Bằng, huyện Đại Từ', 'tỉnh Thái Nguyên'],
    products: {
      technology: ['Quy trình sấy lạnh chè xanh đặc sản quy mô hộ gia đình', 'Quy trình canh tác chè hữu cơ theo tiêu chuẩn TCVN 11041'],
      plant_variety: ['Giống chè Trung du xanh TN1', 'Giống chè lai TRI-TN15'],
      standard: ['Tiêu chuẩn cơ sở chè xanh Tân Cương đặc biệt', 'Tiêu chuẩn cơ sở chè búp khô hữu cơ'],
      industrial_design: ['Hộp đựng chè đặc sản Tân Cương', 'Bao bì chè túi lọc thảo mộc'],
      dataset: ['Bộ dữ liệu năng suất và chất lượng chè theo vùng trồng giai đoạn 2015–2024'],
    },
    methods: [
      'Thí nghiệm được bố trí theo khối ngẫu nhiên đầy đủ với ba lần nhắc lại trên nương chè kinh doanh.',
      'Mẫu chè được phân tích hàm lượng polyphenol, axit amin và đánh giá cảm quan theo TCVN 3218:2012.',
      'Số liệu được thu thập qua khảo sát 320 hộ trồng chè và phân tích bằng phần mềm SPSS.',
    ],
    keywords: ['chè', 'Tân Cương', 'chế biến chè', 'VietGAP', 'chè hữu cơ', 'chỉ dẫn địa lý', 'polyphenol', 'chuỗi giá trị'],
    findings: [
      'Hàm lượng polyphenol tổng số đạt từ 28 đến 32% chất khô, cao hơn đối chứng.',
      'Mô hình canh tác theo tiêu chuẩn VietGAP cho năng suất búp tươi tăng 15–18% so với canh tác truyền thống.',
      'Quy trình sấy lạnh giữ được màu nước xanh vàng sáng và hương cốm đặc trưng của chè Tân Cương.',
      'Giá bán chè thành phẩm của các hộ tham gia chuỗi liên kết tăng bình quân 20% so với trước.',
    ],
    organisations: [TUAF, 'Viện Nghiên cứu Chè và Cây đặc sản miền núi Thái Nguyên', 'Công ty Cổ phần Chè Tân Cương Xanh', 'Hợp tác xã Chè hữu cơ La Bằng'],
  },
  {
    key: 'biotech',
    fields: ['406', '106'],
    area: 'd',
    stems: [
      'Nhân giống in vitro cây lan Kim tuyến',
      'Tuyển chọn và khảo nghiệm giống lúa thuần chịu hạn',
      'Sản xuất thử nghiệm nấm đông trùng hạ thảo trên giá thể nhộng tằm',
      'Xác định chỉ thị phân tử liên kết tính trạng chịu hạn ở ngô',
      'Bảo tồn và phát triển nguồn gen cây ba kích tím',
      'Sản xuất chế phẩm vi sinh xử lý phụ phẩm nông nghiệp làm phân bón hữu cơ',
    ],
    places: ['huyện Võ Nhai', 'huyện Định Hóa', 'huyện Phú Bình', 'các xã vùng cao phía Bắc tỉnh', 'tỉnh Thái Nguyên'],
    products: {
      technology: ['Quy trình nhân giống in vitro cây lan Kim tuyến', 'Quy trình sản xuất chế phẩm vi sinh ủ phân hữu cơ từ rơm rạ'],
      plant_variety: ['Giống lúa thuần chịu hạn TN-CH12', 'Giống ngô lai TN-868', 'Giống ba kích tím ĐH-01'],
      patent: ['Chủng vi khuẩn Bacillus phân giải xenluloza và chế phẩm chứa chủng này', 'Môi trường nuôi cấy nấm đông trùng hạ thảo từ nhộng tằm'],
      dataset: ['Bộ dữ liệu trình tự gen các mẫu ba kích thu thập tại miền núi phía Bắc'],
    },
    methods: [
      'Mẫu cấy được khử trùng bằng HgCl2 0,1% và nuôi trên môi trường MS bổ sung các chất điều hòa sinh trưởng.',
      'Các dòng, giống được khảo nghiệm tại ba điểm trong hai vụ liên tiếp theo QCVN 01-56:2011/BNNPTNT.',
      'Đa dạng di truyền được đánh giá bằng chỉ thị SSR và phân tích cụm UPGMA.',
    ],
    keywords: ['công nghệ sinh học', 'nuôi cấy mô', 'in vitro', 'giống cây trồng', 'chế phẩm sinh học', 'biến đổi khí hậu', 'chỉ thị phân tử'],
    findings: [
      'Môi trường MS bổ sung 1,5 mg/l BAP cho hệ số nhân chồi cao nhất, đạt 4,8 lần sau 6 tuần.',
      'Tỷ lệ cây sống khi ra vườn ươm đạt trên 90%.',
      'Chế phẩm vi sinh rút ngắn thời gian ủ phân hữu cơ từ 90 xuống còn 45 ngày.',
      'Giống tuyển chọn cho năng suất ổn định trong điều kiện khô hạn vụ đông.',
    ],
    organisations: ['Viện Khoa học Sự sống', TUAF, 'Trung tâm Ứng dụng và Chuyển giao công nghệ Thái Nguyên'],
  },
  {
    key: 'mining',
    fields: ['105', '207'],
    area: 'f',
    stems: [
      'Đánh giá tác động môi trường của hoạt động khai thác khoáng sản',
      'Phục hồi thảm thực vật trên bãi thải mỏ than',
      'Quan trắc kim loại nặng trong nước mặt và trầm tích',
      'Xử lý nước thải mỏ bằng hệ thống đất ngập nước nhân tạo',
      'Cải tạo đất sau khai thác khoáng sản để trồng rừng',
    ],
    places: ['khu vực mỏ đa kim Núi Pháo', 'mỏ than Khánh Hòa', 'mỏ sắt Trại Cau', 'huyện Đồng Hỷ', 'huyện Đại Từ'],
    products: {
      technology: ['Quy trình xử lý nước thải mỏ bằng đất ngập nước nhân tạo', 'Quy trình phục hồi bãi thải mỏ bằng cỏ vetiver và keo lai'],
      dataset: ['Bộ dữ liệu quan trắc kim loại nặng trong nước mặt vùng khai thác khoáng sản 2016–2024'],
      patent: ['Vật liệu hấp phụ asen từ bùn đỏ biến tính'],
    },
    methods: [
      'Mẫu nước, đất và trầm tích được lấy theo mùa và phân tích kim loại nặng bằng phương pháp ICP-MS.',
      'Mô hình thử nghiệm được theo dõi trong 18 tháng, so sánh với ô đối chứng không xử lý.',
    ],
    keywords: ['khai thác khoáng sản', 'kim loại nặng', 'phục hồi môi trường', 'quan trắc', 'asen', 'bãi thải', 'xử lý nước thải'],
    findings: [
      'Hàm lượng asen trong nước mặt tại một số điểm vượt giới hạn QCVN 08-MT:2015/BTNMT từ 1,2 đến 2,5 lần.',
      'Cỏ vetiver và keo lai sinh trưởng tốt trên bãi thải sau 18 tháng trồng thử nghiệm.',
      'Hệ thống đất ngập nước nhân tạo loại bỏ được 70–85% sắt và mangan trong nước thải mỏ.',
    ],
    organisations: [TNUS, TUAF, 'Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên'],
  },
  {
    key: 'metallurgy',
    fields: ['205', '203'],
    area: 'g',
    stems: [
      'Nghiên cứu công nghệ chế tạo thép hợp kim thấp độ bền cao',
      'Tối ưu hóa chế độ nhiệt luyện chi tiết máy chịu mài mòn',
      'Tái sử dụng xỉ lò cao làm phụ gia khoáng cho bê tông',
      'Nâng cao độ bền mỏi của trục truyền động bằng tôi cao tần',
      'Ứng dụng công nghệ in 3D kim loại trong chế tạo khuôn mẫu',
      'Chế tạo vật liệu compozit nền nhôm gia cường hạt SiC',
    ],
    places: ['Khu công nghiệp Gang thép Thái Nguyên', 'thành phố Sông Công', 'thành phố Phổ Yên', 'tỉnh Thái Nguyên'],
    products: {
      technology: ['Quy trình tôi cao tần trục truyền động máy nông nghiệp', 'Quy trình chế tạo phụ gia khoáng từ xỉ lò cao'],
      patent: ['Phương pháp thấm nitơ thể khí cho khuôn dập nóng', 'Hợp kim gang cầu chịu mài mòn dùng cho búa nghiền'],
      industrial_design: ['Vỏ hộp giảm tốc máy tuốt lúa', 'Tay cầm dụng cụ cầm tay đa năng'],
      standard: ['Tiêu chuẩn cơ sở phôi thép cán nóng', 'Tiêu chuẩn cơ sở phụ gia khoáng xỉ lò cao nghiền mịn'],
      software: ['Phần mềm mô phỏng quá trình nhiệt luyện thép'],
    },
    methods: [
      'Tổ chức tế vi được khảo sát bằng kính hiển vi quang học và SEM, độ cứng đo theo thang HRC.',
      'Thí nghiệm được quy hoạch theo phương pháp Taguchi với bốn yếu tố và ba mức.',
    ],
    keywords: ['luyện kim', 'nhiệt luyện', 'cơ khí chính xác', 'công nghiệp hỗ trợ', 'xỉ lò cao', 'vật liệu mới', 'độ cứng'],
    findings: [
      'Độ cứng bề mặt sau tôi cao tần đạt 58–62 HRC, tuổi thọ chi tiết tăng gần gấp đôi.',
      'Xỉ lò cao nghiền mịn thay thế được 30% xi măng trong bê tông mà không làm giảm cường độ nén.',
      'Chế độ ram ở 550 °C trong 2 giờ cho tổ hợp độ bền và độ dai va đập tốt nhất.',
    ],
    organisations: [TNUT, 'Trung tâm Nghiên cứu Vật liệu mới và Cơ khí chính xác', 'Công ty TNHH Cơ khí Chính xác Gia Sàng', 'Công ty Cổ phần Vật liệu Xây dựng Sông Công'],
  },
  {
    key: 'medicine',
    fields: ['302', '304', '303'],
    area: 'e',
    stems: [
      'Thực trạng và một số yếu tố liên quan đến tăng huyết áp ở người cao tuổi',
      'Hiệu quả can thiệp cộng đồng trong quản lý bệnh đái tháo đường típ 2',
      'Chiết xuất và đánh giá tác dụng chống oxy hóa của cây thuốc người Dao',
      'Thực trạng an toàn thực phẩm tại bếp ăn tập thể trường học',
      'Tình trạng suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi người dân tộc thiểu số',
      'Ứng dụng kỹ thuật nội soi trong điều trị sỏi đường mật',
    ],
    places: ['tỉnh Thái Nguyên', 'huyện Võ Nhai', 'huyện Định Hóa', 'thành phố Thái Nguyên', 'Bệnh viện Trung ương Thái Nguyên'],
    products: {
      technology: ['Quy trình kiểm nghiệm dược liệu ba kích theo Dược điển Việt Nam V'],
      dataset: ['Bộ dữ liệu khảo sát tình trạng dinh dưỡng trẻ em dưới 5 tuổi năm 2023'],
      software: ['Phần mềm quản lý bệnh nhân tăng huyết áp tại trạm y tế xã'],
      patent: ['Chế phẩm hỗ trợ hạ đường huyết từ lá cây dây thìa canh'],
    },
    methods: [
      'Nghiên cứu mô tả cắt ngang trên 600 đối tượng được chọn theo phương pháp chọn mẫu nhiều giai đoạn.',
      'Nghiên cứu can thiệp có nhóm chứng, đánh giá trước và sau 12 tháng.',
      'Hoạt tính chống oxy hóa được xác định bằng phương pháp quét gốc tự do DPPH.',
    ],
    keywords: ['y tế dự phòng', 'dược liệu', 'an toàn thực phẩm', 'người cao tuổi', 'điều trị', 'dân tộc thiểu số', 'can thiệp cộng đồng'],
    findings: [
      'Tỷ lệ bệnh nhân kiểm soát được huyết áp tăng từ 42% lên 68% sau 12 tháng can thiệp.',
      'Cao chiết ethanol thể hiện hoạt tính chống oxy hóa với IC50 là 38,6 µg/ml.',
      'Tỷ lệ mẫu thực phẩm đạt chỉ tiêu vi sinh tăng từ 81% lên 95% sau tập huấn.',
    ],
    organisations: [TUMP, 'Sở Y tế tỉnh Thái Nguyên', 'Hội Y học tỉnh Thái Nguyên', 'Công ty TNHH Dược liệu Xanh Bắc Kạn'],
  },
  {
    key: 'environment',
    fields: ['207', '105'],
    area: 'f',
    stems: [
      'Thí điểm mô hình phân loại rác thải sinh hoạt tại nguồn ở khu vực nông thôn',
      'Đánh giá hiện trạng và đề xuất giải pháp xử lý nước thải làng nghề',
      'Xây dựng cơ sở dữ liệu quan trắc chất lượng nước sông Cầu',
      'Xử lý chất thải chăn nuôi bằng công nghệ biogas kết hợp đệm lót sinh học',
      'Dự báo chất lượng không khí đô thị bằng mô hình số',
    ],
    places: ['lưu vực sông Cầu', 'huyện Phú Bình', 'thành phố Phổ Yên', 'Khu công nghiệp Yên Bình', 'tỉnh Thái Nguyên'],
    products: {
      dataset: ['Bộ dữ liệu quan trắc chất lượng nước sông Cầu giai đoạn 2015–2024', 'Bộ dữ liệu khối lượng và thành phần rác thải sinh hoạt nông thôn'],
      software: ['Phần mềm cảnh báo ô nhiễm không khí theo thời gian thực'],
      technology: ['Quy trình ủ phân compost từ rác thải hữu cơ quy mô thôn, xóm'],
    },
    methods: [
      'Mẫu nước được lấy theo TCVN 6663 và phân tích các chỉ tiêu theo QCVN 08-MT:2015/BTNMT.',
      'Khối lượng và thành phần rác được cân, phân loại tại 300 hộ trong bốn đợt theo mùa.',
    ],
    keywords: ['môi trường', 'rác thải', 'nước thải', 'làng nghề', 'quan trắc môi trường', 'khu công nghiệp', 'kinh tế tuần hoàn'],
    findings: [
      'Mô hình phân loại rác tại nguồn giảm 35% khối lượng rác phải chôn lấp.',
      'Chỉ số chất lượng nước WQI đoạn sông Cầu qua thành phố dao động từ 51 đến 75.',
      'Công nghệ biogas kết hợp đệm lót sinh học xử lý được trên 80% chất thải chăn nuôi.',
    ],
    organisations: [TNUS, 'Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên', 'Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên'],
  },
  {
    key: 'education',
    fields: ['503'],
    area: 'b',
    stems: [
      'Nâng cao năng lực đọc hiểu tiếng Việt cho học sinh tiểu học người dân tộc thiểu số',
      'Bồi dưỡng năng lực dạy học tích hợp cho giáo viên trung học cơ sở',
      'Đánh giá kết quả triển khai Chương trình giáo dục phổ thông 2018',
      'Xây dựng mô hình giáo dục STEM gắn với sản phẩm nông nghiệp địa phương',
      'Phát triển học liệu số phục vụ dạy học trực tuyến',
    ],
    places: ['tỉnh Thái Nguyên', 'huyện Võ Nhai', 'huyện Định Hóa', 'các trường vùng khó khăn của tỉnh'],
    products: {
      software: ['Phần mềm ngân hàng câu hỏi đánh giá năng lực học sinh'],
      dataset: ['Bộ dữ liệu khảo sát năng lực số của giáo viên phổ thông'],
    },
    methods: [
      'Thực nghiệm sư phạm được tiến hành tại 12 trường với nhóm thực nghiệm và nhóm đối chứng.',
      'Số liệu được thu thập bằng bảng hỏi với 850 giáo viên và phỏng vấn sâu cán bộ quản lý giáo dục.',
    ],
    keywords: ['giáo dục', 'dạy học', 'STEM', 'dân tộc thiểu số', 'chuyển đổi số', 'bồi dưỡng giáo viên'],
    findings: [
      'Tỷ lệ học sinh đạt yêu cầu về kỹ năng đọc hiểu tăng 22 điểm phần trăm sau một năm học.',
      'Đa số giáo viên tham gia đánh giá cao tính thiết thực của học liệu số.',
    ],
    organisations: [TNUE, 'Sở Giáo dục và Đào tạo tỉnh Thái Nguyên'],
  },
  {
    key: 'it',
    fields: ['102', '202'],
    area: 'g',
    stems: [
      'Nhận dạng sâu bệnh hại chè bằng mô hình học sâu',
      'Xây dựng nền tảng truy xuất nguồn gốc nông sản',
      'Ứng dụng mạng cảm biến IoT điều khiển tưới trong nhà kính',
      'Tích hợp dữ liệu phục vụ chính quyền số cấp tỉnh',
      'Đánh giá an toàn thông tin của hệ thống dịch vụ công trực tuyến',
    ],
    places: ['tỉnh Thái Nguyên', 'vùng chè Tân Cương', 'thành phố Thái Nguyên'],
    products: {
      software: ['Phần mềm truy xuất nguồn gốc nông sản TNTrace', 'Ứng dụng nhận dạng sâu bệnh hại chè trên điện thoại', 'Phần mềm quản lý nhà kính thông minh'],
      dataset: ['Bộ dữ liệu ảnh lá chè bị sâu bệnh có gán nhãn', 'Bộ dữ liệu dịch vụ công trực tuyến của tỉnh giai đoạn 2020–2024'],
      patent: ['Thiết bị đo độ ẩm đất không dây dùng năng lượng mặt trời'],
      industrial_design: ['Vỏ thiết bị cảm biến môi trường nhà kính'],
    },
    methods: [
      'Mô hình được huấn luyện trên tập 3.200 ảnh, đánh giá bằng kiểm định chéo 5 lần.',
      'Hệ thống được phát triển theo kiến trúc vi dịch vụ và thử nghiệm thực tế trong sáu tháng.',
    ],
    keywords: ['chuyển đổi số', 'trí tuệ nhân tạo', 'IoT', 'học sâu', 'truy xuất nguồn gốc', 'cơ sở dữ liệu', 'chính quyền số'],
    findings: [
      'Mô hình nhận dạng đạt độ chính xác 94,2% trên tập kiểm thử gồm 3.200 ảnh lá chè.',
      'Thời gian xử lý hồ sơ trung bình giảm từ 7 ngày xuống còn 3 ngày làm việc.',
      'Hệ thống cảm biến duy trì độ ẩm nhà kính trong ngưỡng tối ưu 85% thời gian vận hành.',
    ],
    organisations: [ICTU, 'Công ty Cổ phần Công nghệ Số Phổ Yên', 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên'],
  },
  {
    key: 'livestock',
    fields: ['402', '403'],
    area: 'd',
    stems: [
      'Phát triển chăn nuôi gà đồi theo hướng an toàn sinh học',
      'Bảo tồn và khai thác nguồn gen lợn đen bản địa',
      'Giải pháp phòng chống bệnh dịch tả lợn châu Phi',
      'Nuôi cá lăng chấm thương phẩm trong lồng',
      'Vỗ béo bò thịt lai bằng khẩu phần phụ phẩm nông nghiệp',
    ],
    places: ['huyện Phú Bình', 'huyện Võ Nhai', 'hồ Núi Cốc', 'huyện Đồng Hỷ', 'tỉnh Thái Nguyên'],
    products: {
      technology: ['Quy trình nuôi gà đồi Phú Bình an toàn sinh học', 'Quy trình nuôi cá lăng chấm trong lồng trên hồ chứa'],
      standard: ['Tiêu chuẩn cơ sở gà đồi Phú Bình thương phẩm'],
    },
    methods: [
      'Mô hình được triển khai tại 40 hộ, theo dõi tỷ lệ nuôi sống, tăng khối lượng và tiêu tốn thức ăn.',
      'Mẫu huyết thanh được xét nghiệm bằng kỹ thuật ELISA và Real-time PCR.',
    ],
    keywords: ['chăn nuôi', 'thú y', 'an toàn sinh học', 'nguồn gen', 'gà đồi', 'dịch bệnh'],
    findings: [
      'Tỷ lệ nuôi sống đến xuất chuồng đạt 94%, hiệu quả kinh tế tăng 18% so với nuôi truyền thống.',
      'Không ghi nhận ổ dịch mới tại các hộ áp dụng đủ biện pháp an toàn sinh học.',
    ],
    organisations: [TUAF, 'Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên'],
  },
  {
    key: 'culture',
    fields: ['601', '504'],
    area: 'b',
    stems: [
      'Bảo tồn và phát huy giá trị di tích lịch sử ATK Định Hóa',
      'Sưu tầm, số hóa và phát huy giá trị hát Then của người Tày',
      'Phát triển du lịch cộng đồng gắn với lễ hội Lồng Tồng',
      'Khôi phục nghề dệt thổ cẩm gắn với phát triển sản phẩm OCOP',
      'Đánh giá kết quả thực hiện tiêu chí văn hóa trong xây dựng nông thôn mới nâng cao',
    ],
    places: ['huyện Định Hóa', 'huyện Phú Lương', 'huyện Võ Nhai', 'tỉnh Thái Nguyên'],
    products: {
      dataset: ['Bộ tư liệu số hóa hát Then của người Tày Thái Nguyên'],
      software: ['Ứng dụng thuyết minh tự động tại Khu di tích ATK Định Hóa'],
    },
    methods: [
      'Nghiên cứu điền dã tại 15 bản, phỏng vấn nghệ nhân và ghi hình tư liệu.',
      'Số liệu được thu thập qua khảo sát 400 hộ và thảo luận nhóm với cán bộ văn hóa xã.',
    ],
    keywords: ['văn hóa truyền thống', 'di sản', 'du lịch cộng đồng', 'nông thôn mới', 'dân tộc Tày', 'ATK Định Hóa'],
    findings: [
      'Đã sưu tầm và số hóa 126 bài hát Then cùng 40 giờ tư liệu ghi hình.',
      'Thu nhập bình quân của hộ tham gia du lịch cộng đồng tăng 1,6 lần.',
    ],
    organisations: [TNUE, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên', TNUS],
  },
  {
    key: 'economy',
    fields: ['502', '506'],
    area: 'a',
    stems: [
      'Giải pháp nâng cao năng lực cạnh tranh của doanh nghiệp nhỏ và vừa',
      'Cơ chế, chính sách phát triển kinh tế tập thể',
      'Đánh giá tác động của đầu tư trực tiếp nước ngoài đến tăng trưởng kinh tế',
      'Giải pháp cải thiện chỉ số năng lực cạnh tranh cấp tỉnh',
      'Luận cứ khoa học phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo',
      'Mô hình tăng trưởng dựa trên kinh tế tri thức',
    ],
    places: ['tỉnh Thái Nguyên', 'vùng trung du và miền núi phía Bắc'],
    products: {
      dataset: ['Bộ dữ liệu khảo sát doanh nghiệp nhỏ và vừa tỉnh Thái Nguyên năm 2024'],
    },
    methods: [
      'Nghiên cứu sử dụng số liệu khảo sát 420 doanh nghiệp và mô hình hồi quy đa biến.',
      'Phương pháp phân tích chính sách kết hợp tham vấn chuyên gia và các sở, ngành.',
    ],
    keywords: ['kinh tế', 'chính sách', 'doanh nghiệp', 'đổi mới sáng tạo', 'kinh tế tri thức', 'năng lực cạnh tranh'],
    findings: [
      'Khoảng 62% doanh nghiệp được khảo sát chưa có bộ phận nghiên cứu và phát triển.',
      'Nhóm giải pháp về thủ tục hành chính được doanh nghiệp đánh giá có tác động lớn nhất.',
    ],
    organisations: [TUEBA, 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên', 'Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo Thái Nguyên'],
  },
];

export const JOURNALS = [
  { name: 'Tạp chí Khoa học và Công nghệ - Đại học Thái Nguyên', issn: '1859-2171', doiPrefix: '10.34238/tnu-jst' },
  { name: 'Tạp chí Nông nghiệp và Phát triển nông thôn', issn: '1859-4581', doiPrefix: '10.55250/jo.vnua' },
  { name: 'Tạp chí Y học Việt Nam', issn: '1859-1868', doiPrefix: '10.51298/vmj' },
  { name: 'Tạp chí Khoa học Giáo dục Việt Nam', issn: '2615-8957', doiPrefix: '10.15625/vjes' },
] as const;

export const PUBLISHERS = ['Nhà xuất bản Đại học Thái Nguyên', 'Nhà xuất bản Khoa học và Kỹ thuật', 'Nhà xuất bản Nông nghiệp', 'Nhà xuất bản Y học'] as const;

/** Sentences that open any abstract; the theme brings its methods and findings. */
export const ABSTRACT_OPENINGS = [
  'Nghiên cứu được thực hiện tại {place} nhằm cung cấp cơ sở khoa học và giải pháp thực tiễn cho địa phương.',
  'Công trình góp phần thực hiện Chương trình phát triển khoa học và công nghệ của tỉnh, tập trung vào các vấn đề thực tiễn đặt ra tại {place}.',
  'Trên cơ sở điều tra, khảo sát thực tế tại {place}, nhóm tác giả đánh giá hiện trạng và đề xuất giải pháp phù hợp.',
] as const;

export const ABSTRACT_CLOSINGS = [
  'Kết quả có thể chuyển giao cho các địa phương và doanh nghiệp trong tỉnh.',
  'Nhóm nghiên cứu đề xuất nhân rộng mô hình trong giai đoạn tiếp theo.',
  'Đây là cơ sở khoa học để các cơ quan quản lý xây dựng chính sách phù hợp.',
] as const;
