import type { Catalog } from '../translate.ts';

// The programs dashboard and review documents: how the figures are computed, job progress lines.
export const programsDashboardMessages: Catalog = {
  vi: {
    programsDashboard: {
      method:
        'Giá trị hiện tại là giá trị cấp tỉnh của kỳ gần nhất có số liệu đã được phê duyệt: số liệu của tỉnh được lấy trực tiếp, nếu không có thì tổng hợp số liệu các đơn vị theo cách tính của chỉ tiêu (cộng, bình quân hoặc lớn nhất); chỉ tiêu tỷ lệ tính bằng tử số chia mẫu số. ' +
        'Dự báo với chỉ tiêu phải đạt đến hạn: đường xu thế tuyến tính (bình phương nhỏ nhất) qua tối đa {points} kỳ gần nhất, kéo dài đến thời hạn; khi đã quá hạn, lấy giá trị kỳ cuối cùng trước thời hạn. Với chỉ tiêu phải đạt hằng kỳ: tỷ lệ số kỳ đạt trên số kỳ có số liệu. ' +
        'Màu xanh: đã đạt hoặc đúng tiến độ; vàng: có nguy cơ không đạt (xu thế thiếu không quá {nearMiss}% so với chỉ tiêu, chưa đủ số liệu, hoặc đạt từ một nửa số kỳ); đỏ: chậm tiến độ; xám: chưa có số liệu.',
      jobs: {
        collecting: 'Đang tổng hợp số liệu của đợt báo cáo',
        writing: 'Đang lập văn bản',
        storing: 'Đang lưu tệp',
      },
    },
  },
  en: {
    programsDashboard: {
      method:
        "The current value is the province-level value of the latest period with approved data: the province's own value when there is one, otherwise the units' values combined by the indicator's aggregation (sum, mean or maximum); a ratio is its numerator divided by its denominator. " +
        'Forecast of a target due by a deadline: a least-squares linear trend through up to the last {points} periods, extended to the deadline; once the deadline has passed, the value of the last period before it. For a target that applies to every period: the share of periods with data that met it. ' +
        'Green: met or on track; amber: at risk (the trend falls short by at most {nearMiss}% of the target, too little data, or at least half of the periods met); red: off track; grey: no data.',
      jobs: {
        collecting: "Collecting the round's data",
        writing: 'Writing the document',
        storing: 'Storing the file',
      },
    },
  },
};
