export const MAIL_PORT = 2526;
export const MAIL_DIR = 'test-results/mail';
export const DEMO_PASSWORD = 'Driehoek-demo-2026';
