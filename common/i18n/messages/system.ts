import type { Catalog } from '../translate.ts';

/** Administration of background jobs, the mail outbox and the audit trail. */
export const systemMessages: Catalog = {
  vi: {
    system: {
      jobs: {
        title: 'Tác vụ nền',
        empty: 'Không có tác vụ nào',
        status: {
          queued: 'Đang chờ xử lý',
          running: 'Đang thực hiện',
          succeeded: 'Hoàn thành',
          failed: 'Không thành công',
          cancelled: 'Đã hủy',
        },
        kind: {
          mail: { send: 'Gửi thư điện tử' },
        },
        fields: {
          kind: 'Loại tác vụ',
          status: 'Trạng thái',
          attempts: 'Số lần thực hiện',
          progress: 'Tiến độ',
          lastError: 'Lỗi gần nhất',
          createdBy: 'Người yêu cầu',
          createdAt: 'Thời điểm tạo',
          runAt: 'Thời điểm chạy',
          finishedAt: 'Thời điểm kết thúc',
        },
        actions: {
          retry: 'Chạy lại',
          cancel: 'Hủy tác vụ',
          confirmCancel: 'Hủy tác vụ này? Tác vụ sẽ không được thực hiện.',
        },
        retried: 'Tác vụ đã được đưa lại vào hàng đợi',
        cancelled: 'Tác vụ đã được hủy',
      },
      mail: {
        title: 'Hộp thư đi',
        empty: 'Không có thư nào',
        status: {
          queued: 'Chờ gửi',
          sent: 'Đã gửi',
          failed: 'Gửi không thành công',
        },
        template: {
          account: {
            password_reset: 'Đặt lại mật khẩu',
            signup_received: 'Xác nhận tiếp nhận đăng ký',
            approved: 'Thông báo phê duyệt tài khoản',
            signup_pending_admin: 'Đề nghị đăng ký chờ phê duyệt',
          },
        },
        fields: {
          to: 'Người nhận',
          subject: 'Tiêu đề',
          template: 'Mẫu thư',
          status: 'Trạng thái',
          attempts: 'Số lần gửi',
          lastError: 'Lỗi gần nhất',
          createdAt: 'Thời điểm tạo',
          sentAt: 'Thời điểm gửi',
          bodyText: 'Nội dung (văn bản)',
          bodyHtml: 'Nội dung (HTML)',
        },
        smtpMissing: 'Máy chủ gửi thư (SMTP) chưa được cấu hình: thư được lưu trong hộp thư đi và chưa được gửi.',
      },
      audit: {
        title: 'Nhật ký hệ thống',
        empty: 'Không có bản ghi nhật ký phù hợp',
        fields: {
          at: 'Thời điểm',
          actor: 'Người thực hiện',
          action: 'Thao tác',
          subjectType: 'Loại đối tượng',
          subjectId: 'Mã đối tượng',
          before: 'Trước khi thay đổi',
          after: 'Sau khi thay đổi',
          requestId: 'Mã yêu cầu',
        },
        filters: {
          from: 'Từ ngày',
          to: 'Đến ngày',
          apply: 'Lọc',
          reset: 'Xóa bộ lọc',
        },
      },
    },
  },
  en: {
    system: {
      jobs: {
        title: 'Background jobs',
        empty: 'No jobs',
        status: {
          queued: 'Waiting',
          running: 'Running',
          succeeded: 'Succeeded',
          failed: 'Failed',
          cancelled: 'Cancelled',
        },
        kind: {
          mail: { send: 'Send email' },
        },
        fields: {
          kind: 'Kind',
          status: 'Status',
          attempts: 'Attempts',
          progress: 'Progress',
          lastError: 'Last error',
          createdBy: 'Requested by',
          createdAt: 'Created',
          runAt: 'Runs at',
          finishedAt: 'Finished',
        },
        actions: {
          retry: 'Retry',
          cancel: 'Cancel job',
          confirmCancel: 'Cancel this job? It will not run.',
        },
        retried: 'The job is queued again',
        cancelled: 'The job was cancelled',
      },
      mail: {
        title: 'Mail outbox',
        empty: 'No messages',
        status: {
          queued: 'Waiting to be sent',
          sent: 'Sent',
          failed: 'Failed',
        },
        template: {
          account: {
            password_reset: 'Password reset',
            signup_received: 'Application received',
            approved: 'Account approved',
            signup_pending_admin: 'Application awaiting approval',
          },
        },
        fields: {
          to: 'To',
          subject: 'Subject',
          template: 'Template',
          status: 'Status',
          attempts: 'Attempts',
          lastError: 'Last error',
          createdAt: 'Created',
          sentAt: 'Sent',
          bodyText: 'Body (text)',
          bodyHtml: 'Body (HTML)',
        },
        smtpMissing: 'No SMTP server is configured: messages are kept in the outbox and not sent.',
      },
      audit: {
        title: 'Audit trail',
        empty: 'No matching entries',
        fields: {
          at: 'Time',
          actor: 'Actor',
          action: 'Action',
          subjectType: 'Subject type',
          subjectId: 'Subject id',
          before: 'Before',
          after: 'After',
          requestId: 'Request id',
        },
        filters: {
          from: 'From',
          to: 'To',
          apply: 'Filter',
          reset: 'Clear filters',
        },
      },
    },
  },
};
