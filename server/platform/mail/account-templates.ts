import { composeTemplate, type TemplateText } from './template.ts';
import type { MailTemplate } from './types.ts';

const SIGNATURE_VI = ['Trân trọng,', 'Sở Khoa học và Công nghệ'];
const SIGNATURE_EN = ['Kind regards,', 'Department of Science and Technology'];
const FALLBACK_VI = 'Nếu nút trên không hoạt động, Ông/Bà vui lòng sao chép địa chỉ sau vào trình duyệt:';
const FALLBACK_EN = 'If the button does not work, copy this address into your browser:';

const passwordResetVi: TemplateText = {
  subject: 'Hướng dẫn đặt lại mật khẩu tài khoản OpenSTI',
  greeting: 'Kính gửi Ông/Bà {displayName},',
  paragraphs: [
    'Hệ thống OpenSTI của Sở Khoa học và Công nghệ đã nhận được yêu cầu đặt lại mật khẩu cho tài khoản của Ông/Bà.',
    'Để đặt mật khẩu mới, Ông/Bà vui lòng truy cập đường dẫn dưới đây. Đường dẫn có hiệu lực trong {expiresInMinutes} phút và chỉ sử dụng được một lần.',
  ],
  action: { label: 'Đặt lại mật khẩu', url: '{resetUrl}', fallback: FALLBACK_VI },
  closing: ['Nếu Ông/Bà không gửi yêu cầu này, vui lòng bỏ qua thư; mật khẩu hiện tại của Ông/Bà vẫn được giữ nguyên.'],
  signature: SIGNATURE_VI,
};

const passwordResetEn: TemplateText = {
  subject: 'Resetting the password of your OpenSTI account',
  greeting: 'Dear {displayName},',
  paragraphs: [
    'The OpenSTI system of the Department of Science and Technology received a request to reset the password of your account.',
    'To choose a new password, please follow the link below. The link is valid for {expiresInMinutes} minutes and can be used only once.',
  ],
  action: { label: 'Reset password', url: '{resetUrl}', fallback: FALLBACK_EN },
  closing: ['If you did not make this request, please ignore this message; your current password stays unchanged.'],
  signature: SIGNATURE_EN,
};

const signupReceivedVi: TemplateText = {
  subject: 'Xác nhận đã tiếp nhận đề nghị đăng ký tài khoản OpenSTI',
  greeting: 'Kính gửi Ông/Bà {displayName},',
  paragraphs: [
    'Sở Khoa học và Công nghệ đã tiếp nhận đề nghị đăng ký tài khoản của Ông/Bà trên Cổng thông tin Khoa học, Công nghệ và Đổi mới sáng tạo (OpenSTI).',
    'Đề nghị đang được bộ phận quản trị hệ thống xem xét. Kết quả phê duyệt sẽ được thông báo tới Ông/Bà qua địa chỉ thư điện tử này.',
  ],
  closing: [
    'Trong thời gian chờ phê duyệt, Ông/Bà chưa thể đăng nhập vào hệ thống. Nếu Ông/Bà không thực hiện việc đăng ký này, vui lòng bỏ qua thư.',
  ],
  signature: SIGNATURE_VI,
};

const signupReceivedEn: TemplateText = {
  subject: 'We have received your OpenSTI account application',
  greeting: 'Dear {displayName},',
  paragraphs: [
    'The Department of Science and Technology has received your application for an account on the Science, Technology and Innovation Portal (OpenSTI).',
    'An administrator is reviewing it. You will be informed at this email address as soon as a decision is made.',
  ],
  closing: ['Until the account is approved you cannot sign in. If you did not apply, please ignore this message.'],
  signature: SIGNATURE_EN,
};

const approvedVi: TemplateText = {
  subject: 'Tài khoản OpenSTI của Ông/Bà đã được phê duyệt',
  greeting: 'Kính gửi Ông/Bà {displayName},',
  paragraphs: [
    'Sở Khoa học và Công nghệ trân trọng thông báo: tài khoản của Ông/Bà trên Cổng thông tin Khoa học, Công nghệ và Đổi mới sáng tạo (OpenSTI) đã được phê duyệt.',
    'Ông/Bà có thể đăng nhập bằng địa chỉ thư điện tử và mật khẩu đã đăng ký để sử dụng các chức năng của hệ thống.',
  ],
  action: { label: 'Đăng nhập', url: '{loginUrl}', fallback: FALLBACK_VI },
  closing: ['Trong quá trình sử dụng, nếu có vướng mắc, Ông/Bà vui lòng liên hệ bộ phận quản trị hệ thống của Sở để được hỗ trợ.'],
  signature: SIGNATURE_VI,
};

const approvedEn: TemplateText = {
  subject: 'Your OpenSTI account has been approved',
  greeting: 'Dear {displayName},',
  paragraphs: [
    'The Department of Science and Technology is pleased to inform you that your account on the Science, Technology and Innovation Portal (OpenSTI) has been approved.',
    'You can now sign in with the email address and password you registered.',
  ],
  action: { label: 'Sign in', url: '{loginUrl}', fallback: FALLBACK_EN },
  closing: ['If you need help using the system, please contact the Department’s system administrators.'],
  signature: SIGNATURE_EN,
};

const pendingAdminVi: TemplateText = {
  subject: 'Đề nghị đăng ký tài khoản mới cần phê duyệt: {applicantName}',
  greeting: 'Kính gửi Quản trị viên hệ thống,',
  paragraphs: ['Hệ thống OpenSTI vừa tiếp nhận một đề nghị đăng ký tài khoản mới với thông tin như sau:'],
  details: [
    { label: 'Họ và tên', value: '{applicantName}' },
    { label: 'Thư điện tử', value: '{applicantEmail}' },
  ],
  action: { label: 'Xem các đề nghị chờ phê duyệt', url: '{reviewUrl}', fallback: FALLBACK_VI },
  closing: ['Đề nghị Quản trị viên kiểm tra thông tin và xem xét phê duyệt hoặc từ chối đề nghị trên trang quản trị.'],
  signature: ['Trân trọng,', 'Hệ thống OpenSTI'],
};

const pendingAdminEn: TemplateText = {
  subject: 'New account application awaiting approval: {applicantName}',
  greeting: 'Dear administrator,',
  paragraphs: ['OpenSTI has received a new account application:'],
  details: [
    { label: 'Name', value: '{applicantName}' },
    { label: 'Email', value: '{applicantEmail}' },
  ],
  action: { label: 'Review pending applications', url: '{reviewUrl}', fallback: FALLBACK_EN },
  closing: ['Please check the details and approve or reject the application in the administration pages.'],
  signature: ['Kind regards,', 'OpenSTI'],
};

/** The messages of sign-up, approval and password reset, which the accounts module sends. */
export const accountTemplates: readonly MailTemplate[] = [
  composeTemplate({
    name: 'account.password_reset',
    required: ['displayName', 'resetUrl', 'expiresInMinutes'],
    sensitive: true,
    text: { vi: passwordResetVi, en: passwordResetEn },
  }),
  composeTemplate({
    name: 'account.signup_received',
    required: ['displayName'],
    text: { vi: signupReceivedVi, en: signupReceivedEn },
  }),
  composeTemplate({
    name: 'account.approved',
    required: ['displayName'],
    optional: ['loginUrl'],
    text: { vi: approvedVi, en: approvedEn },
  }),
  composeTemplate({
    name: 'account.signup_pending_admin',
    required: ['applicantName', 'applicantEmail', 'reviewUrl'],
    text: { vi: pendingAdminVi, en: pendingAdminEn },
  }),
];
