"use client";

// Vazirmatn (variable, 100–900) for Persian; loaded by ScriptFonts for fa only.
import "@fontsource-variable/vazirmatn/wght.css";

export default function ArabicFont() {
  return null;
}
