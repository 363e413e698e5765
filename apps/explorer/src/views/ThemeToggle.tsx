import { useEffect, useSyncExternalStore } from "react";
import { useStore } from "../store.ts";

const DARK = "(prefers-color-scheme: dark)";
const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(DARK);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};
const systemDark = () => window.matchMedia(DARK).matches;

/**
 * Light or dark: the system's setting until someone chooses, then their choice (kept in this
 * browser). The page's colours are CSS variables under :root[data-theme].
 */
export function ThemeToggle() {
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  const dark = useSyncExternalStore(subscribe, systemDark);
  const current = theme ?? (dark ? "dark" : "light");
  useEffect(() => {
    const saved = window.localStorage.getItem("rolegraph-theme");
    if (saved === "dark" || saved === "light") setTheme(saved);
  }, [setTheme]);
  useEffect(() => {
    document.documentElement.dataset.theme = current;
  }, [current]);
  const next = current === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Dark mode`}
      aria-pressed={current === "dark"}
      title={`Switch to ${next} mode`}
      onClick={() => {
        window.localStorage.setItem("rolegraph-theme", next);
        setTheme(next);
      }}
    >
      <span aria-hidden="true">{current === "dark" ? "☾" : "☀"}</span>
    </button>
  );
}
