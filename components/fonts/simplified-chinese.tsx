"use client";

// Noto Sans SC, regular and bold (500 renders with 400, 600 with 700); loaded by ScriptFonts for zh only.
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";

export default function SimplifiedChineseFont() {
  return null;
}
