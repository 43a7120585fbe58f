/**
 * Mailbox providers: anyone can open an address there, so the domain says nothing about who the sender is. The red
 * flag `no_web_presence_or_free_email` (red-flags-conduct.ts) reads this list; entity resolution
 * (resolve/contacts.ts) adds a few more providers to it, as a shared domain is no evidence of identity.
 */
export const FREE_MAIL_PROVIDERS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'yandex.ru',
  'ya.ru',
  'rambler.ru',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'proton.me',
  'protonmail.com',
  'icloud.com',
  'gmx.de',
];
