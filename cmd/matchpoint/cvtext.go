package main

import (
	"fmt"
	"io"
	"os"

	"github.com/matchpoint/matchpoint/cvtext"
)

// runCVText is the child a cvtext.Sandbox starts: it reads one uploaded
// file on stdin and writes its text on stdout, inside the address space
// and processor time its parent set (issue 16 item 5). Not for people.
func runCVText(stdin io.Reader, stdout io.Writer) error {
	return cvtext.ChildMain(stdin, stdout, os.Getenv)
}

// cvSandbox reads CVs in a child process of this same binary, so a hostile
// file can take neither the server's memory nor its time.
func cvSandbox() (cvtext.Extractor, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("cv text sandbox: %w", err)
	}
	return cvtext.Sandbox{Command: []string{exe, "cvtext"}}, nil
}
