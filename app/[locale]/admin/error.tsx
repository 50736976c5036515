"use client";

// Inside the area's layout: the page's failure is shown under its header.
export { default } from "@/components/layout/error-view";
