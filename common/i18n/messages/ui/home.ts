/** The public home page: the program the portal serves, its goals, and the five pillars. */
export const homeVi = {
  title: 'Khoa học và công nghệ – động lực phát triển kinh tế - xã hội của tỉnh',
  lead: 'Nơi kết nối cơ quan quản lý, nhà khoa học, tổ chức khoa học và công nghệ và doanh nghiệp: từ đề xuất, tuyển chọn, thực hiện nhiệm vụ đến ứng dụng kết quả và giao dịch công nghệ.',
  ctaDirectory: 'Tra cứu danh bạ',
  ctaSignup: 'Đăng ký tài khoản',
  programTitle: 'Chương trình hành động số 29-CTr/TU',
  programIntro:
    'Chương trình hành động số 29-CTr/TU ngày {programDate} của Ban Thường vụ Tỉnh ủy Thái Nguyên thực hiện Nghị quyết số 20-NQ/TW ngày {resolutionDate} của Ban Chấp hành Trung ương Đảng (khóa XI) về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế. Cổng thông tin hỗ trợ các cơ quan, đơn vị triển khai, theo dõi và đánh giá kết quả thực hiện Chương trình.',
  figures: {
    tfp: 'Đóng góp của khoa học và công nghệ vào tăng trưởng kinh tế thông qua năng suất các yếu tố tổng hợp (TFP)',
    renewal: 'Tốc độ đổi mới công nghệ, thiết bị mỗi năm',
    enterprises: 'Doanh nghiệp được hỗ trợ nghiên cứu, ứng dụng khoa học và công nghệ',
    workforce: 'Cán bộ khoa học và công nghệ trên 1 vạn dân',
    budget: 'Chi cho khoa học và công nghệ trong tổng chi ngân sách tỉnh hằng năm',
  },
  goalsTitle: 'Mục tiêu chủ yếu',
  goals: {
    driver:
      'Phát triển khoa học và công nghệ trở thành động lực phát triển kinh tế - xã hội; nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh của các sản phẩm chủ yếu của tỉnh trong công nghiệp, nông nghiệp, lâm nghiệp.',
    market:
      'Hình thành thị trường khoa học và công nghệ trên địa bàn tỉnh; nghiên cứu, chuyển giao quy trình, công nghệ cho doanh nghiệp để đưa vào sản xuất, chế biến quy mô công nghiệp.',
    workforce: 'Phát triển đội ngũ cán bộ khoa học và công nghệ có trình độ cao, phấn đấu đạt 15 người trên 1 vạn dân.',
    budget: 'Bảo đảm chi cho khoa học và công nghệ đạt tối thiểu 2% tổng chi ngân sách của tỉnh hằng năm; khuyến khích doanh nghiệp đầu tư cho khoa học và công nghệ.',
    information: 'Xây dựng hệ thống thông tin và thư viện điện tử về khoa học và công nghệ phục vụ tra cứu, phổ biến kết quả nghiên cứu.',
  },
  pillarsTitle: 'Các phân hệ của Cổng thông tin',
  available: 'Đang hoạt động',
  comingSoon: 'Sắp triển khai',
  pillars: {
    programs: {
      title: 'Chương trình và chỉ tiêu',
      body: 'Theo dõi mục tiêu, nhiệm vụ của Chương trình; kế hoạch thực hiện và báo cáo định kỳ của các sở, ngành, địa phương; chỉ tiêu và báo cáo sơ kết, tổng kết.',
    },
    tasks: {
      title: 'Nhiệm vụ khoa học và công nghệ',
      body: 'Đề xuất đặt hàng, tuyển chọn, giao trực tiếp; hội đồng tư vấn, thẩm định; hợp đồng, kiểm tra tiến độ, nghiệm thu và đăng ký kết quả thực hiện nhiệm vụ.',
    },
    library: {
      title: 'Thư viện khoa học và công nghệ',
      body: 'Tra cứu kết quả nghiên cứu, báo cáo, công bố khoa học, sáng chế, tiêu chuẩn và dữ liệu khoa học của tỉnh.',
    },
    market: {
      title: 'Thị trường công nghệ',
      body: 'Chào bán và tìm kiếm công nghệ, kết nối cung – cầu, môi giới, đăng ký hợp đồng chuyển giao công nghệ; chợ thiết bị và công nghệ.',
    },
    directory: {
      title: 'Danh bạ tổ chức, nhà khoa học',
      body: 'Thông tin về cơ quan, đơn vị, viện, trường, doanh nghiệp và đội ngũ nhà khoa học trên địa bàn tỉnh; tra cứu được cả khi gõ tiếng Việt không dấu.',
    },
  },
  searchTitle: 'Tra cứu danh bạ',
  searchHint: 'Có thể gõ tiếng Việt không dấu, ví dụ: “dai hoc thai nguyen”.',
  searchIn: 'Tìm trong',
  searchLabel: 'Tên tổ chức hoặc nhà khoa học',
  searchPlaceholder: 'Ví dụ: Đại học Thái Nguyên',
};

export const homeEn: typeof homeVi = {
  title: 'Science and technology – the driver of the province’s socio-economic development',
  lead: 'Where the authorities, scientists, S&T organisations and enterprises meet: from proposals, selection and the conduct of tasks to the application of results and technology transactions.',
  ctaDirectory: 'Search the directory',
  ctaSignup: 'Create an account',
  programTitle: 'Action Program No. 29-CTr/TU',
  programIntro:
    'Action Program No. 29-CTr/TU of {programDate} of the Standing Board of the Thái Nguyên Provincial Party Committee carries out Resolution No. 20-NQ/TW of {resolutionDate} of the Party Central Committee (11th tenure) on developing science and technology for industrialisation and modernisation in a socialist-oriented market economy and international integration. The portal helps agencies and units carry out, monitor and evaluate the Program.',
  figures: {
    tfp: 'Contribution of science and technology to economic growth through total factor productivity (TFP)',
    renewal: 'Rate of technology and equipment renewal per year',
    enterprises: 'Enterprises supported in S&T research and application',
    workforce: 'S&T staff per 10,000 inhabitants',
    budget: 'S&T spending as a share of total provincial budget spending every year',
  },
  goalsTitle: 'Main goals',
  goals: {
    driver:
      'Make science and technology the driver of socio-economic development; raise the productivity, quality, efficiency and competitiveness of the province’s main industrial, agricultural and forestry products.',
    market:
      'Build a science and technology market in the province; research and transfer processes and technologies to enterprises for production and processing at industrial scale.',
    workforce: 'Develop a highly qualified S&T workforce, aiming at 15 people per 10,000 inhabitants.',
    budget: 'Spend at least 2% of the province’s total budget on science and technology every year; encourage enterprises to invest in science and technology.',
    information: 'Build an S&T information system and an electronic S&T library for looking up and disseminating research results.',
  },
  pillarsTitle: 'What the portal covers',
  available: 'Available',
  comingSoon: 'Coming soon',
  pillars: {
    programs: {
      title: 'Programs and indicators',
      body: 'Follow the Program’s goals and tasks; implementation plans and periodic reports of departments and localities; indicators and mid-term and final reviews.',
    },
    tasks: {
      title: 'S&T tasks',
      body: 'Ordering proposals, selection and direct assignment; advisory and appraisal councils; contracts, progress checks, acceptance and registration of results.',
    },
    library: {
      title: 'S&T library',
      body: 'Look up the province’s research results, reports, publications, patents, standards and scientific data.',
    },
    market: {
      title: 'Technology market',
      body: 'Technology offers and demands, matchmaking, brokerage, registration of technology transfer contracts; equipment and technology fairs.',
    },
    directory: {
      title: 'Directory of organisations and scientists',
      body: 'Agencies, units, institutes, universities, enterprises and the scientists of the province; searchable even when typed without Vietnamese diacritics.',
    },
  },
  searchTitle: 'Search the directory',
  searchHint: 'Vietnamese may be typed without diacritics, e.g. “dai hoc thai nguyen”.',
  searchIn: 'Search in',
  searchLabel: 'Name of an organisation or scientist',
  searchPlaceholder: 'e.g. Đại học Thái Nguyên',
};
