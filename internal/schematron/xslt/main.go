// Command xslt compiles a Schematron schema (xslt2 binding) into an XSLT
// 2.0 stylesheet for Saxon: go run ./internal/schematron/xslt SCHEMA.sch > rules.xsl
package main

import (
	"fmt"
	"os"

	"github.com/matchpoint/matchpoint/internal/schematron"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: xslt SCHEMA.sch > rules.xsl")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	out, err := schematron.Compile(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(out)
}
