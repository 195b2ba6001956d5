export const MAIL_PORT = Number(process.env.MAIL_PORT || 2526);
export const MAIL_DIR = `test-results/mail-${MAIL_PORT}`;
export const DEMO_PASSWORD = 'Driehoek-demo-2026';
