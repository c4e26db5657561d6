// Command cveval measures the CV parser on the generated corpus and prints
// the tables of doc/cv-parsing.md; with --out it also writes the corpus's
// files (PDF, DOCX and ODT) and their expected values there.
//
//	go run ./cmd/cveval [--seed 16] [--per-language 10] [--out DIR]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/matchpoint/matchpoint/cvparse/cvcorpus"
	"github.com/matchpoint/matchpoint/cvparse/cveval"
)

func main() {
	seed := flag.Uint64("seed", 16, "seed of the generated corpus")
	per := flag.Int("per-language", 10, "CVs per language")
	out := flag.String("out", "", "directory to write the corpus's files to")
	flag.Parse()
	if *out != "" {
		if err := write(*out, *seed, *per); err != nil {
			fmt.Fprintln(os.Stderr, "cveval:", err)
			os.Exit(1)
		}
	}
	rep, err := cveval.Run(context.Background(), *seed, *per)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cveval:", err)
		os.Exit(1)
	}
	rep.Markdown(os.Stdout)
}

func write(dir string, seed uint64, per int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	for _, cv := range cvcorpus.Generate(seed, per) {
		for ext, fn := range map[string]func(cvcorpus.Document) ([]byte, error){"pdf": cvcorpus.PDF, "docx": cvcorpus.DOCX, "odt": cvcorpus.ODT} {
			b, err := fn(cv.Doc)
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, cv.Name+"."+ext), b, 0o644); err != nil {
				return fmt.Errorf("write corpus: %w", err)
			}
		}
		exp, err := json.MarshalIndent(cv.Expected, "", "  ")
		if err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, cv.Name+".expected.json"), exp, 0o644); err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
	}
	return nil
}
