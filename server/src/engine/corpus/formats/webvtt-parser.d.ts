// webvtt-parser ships no types; subtitles.ts states the part it uses.
declare module 'webvtt-parser';
