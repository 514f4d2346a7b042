/**
 * What the page tells the browser: its language and title, and a warning before leaving with work not downloaded
 * yet (it is lost with the page).
 */
import { useEffect } from "react";
import type { Lang } from "../../core/i18n/messages";
import { tw } from "../i18n";

export function useDocumentChrome(lang: Lang, title: string | undefined, dirty: boolean): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title ? `${title} · Phụ lục TT&TT` : tw(lang, "web.title");
  }, [lang, title]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = tw(lang, "web.leave");
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, lang]);
}
