// Package cvtext reads the text of an uploaded CV (issue 16 item 5): PDF,
// Word (DOCX), OpenDocument (ODT) and plain text. Every reader is bounded:
// the text it returns, the bytes it decompresses and the pages it reads
// have limits, and Extract returns at its deadline. A hostile file can
// still make a PDF library loop or allocate without end, so the server runs
// the extraction in a child process (Sandbox) whose address space and time
// are capped by the kernel; an in-process Extractor is for tests and tools.
package cvtext
