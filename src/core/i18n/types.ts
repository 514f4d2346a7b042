export type Lang = "vi" | "en";

export interface Message {
  vi: string;
  en: string;
}
