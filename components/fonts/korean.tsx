"use client";

// Noto Sans KR, regular and bold (500 renders with 400, 600 with 700); loaded by ScriptFonts for ko only.
import "@fontsource/noto-sans-kr/400.css";
import "@fontsource/noto-sans-kr/700.css";

export default function KoreanFont() {
  return null;
}
