// Package cvcorpus writes realistic CVs in Dutch, English, German and
// French as PDF, DOCX and ODT, each with the values a parser should find
// in it (issue 16 item 6). The set is generated from a seed, so it need
// not be committed: the same seed writes the same files.
package cvcorpus

// Style is how a block of a document is set.
type Style int

const (
	Body    Style = iota
	Heading       // a section heading
	Title         // the person's name at the top
	Small         // a description line, set smaller
)

// Block is one line or paragraph of a document.
type Block struct {
	Style Style
	Text  string
}

// Document is a CV's text. Side, when not empty, is a sidebar: a PDF sets
// it in a narrow left column beside Main; a word processor's file puts it
// first.
type Document struct {
	Side []Block
	Main []Block
	// UTF8Font sets the PDF in an embedded TrueType font; without it the
	// PDF uses a standard font in Windows-1252 encoding, as many older
	// generators do.
	UTF8Font bool
}

func (d Document) blocks() []Block {
	return append(append([]Block{}, d.Side...), d.Main...)
}
