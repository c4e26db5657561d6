package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Issue 17: `matchpoint invoices run` drafts and confirms last month's
// invoices of the demo agency out of the box; `invoices export` writes the
// XML and PDF of each; bad input is refused with a clear message.
func TestInvoicesCommand_I17(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	if err := run(ctx, []string{"demo", "--data", dir, "--candidates", "40"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	last := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0).Format("2006-01")
	var out bytes.Buffer
	if err := run(ctx, []string{"invoices", "run", "--data", dir, "--period", last}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "(draft)") || !strings.Contains(out.String(), "--confirm") {
		t.Fatalf("draft run: %s", out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"invoices", "run", "--data", dir, "--tenant", "demo", "--period", last, "--confirm"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "DS-"+last[:4]+"-000001") || strings.Contains(out.String(), "(draft)") {
		t.Fatalf("confirmed run: %s", out.String())
	}
	exported := filepath.Join(dir, "export")
	out.Reset()
	if err := run(ctx, []string{"invoices", "export", "--data", dir, "--period", last, "--out", exported}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	xml, err := os.ReadFile(filepath.Join(exported, "DS-"+last[:4]+"-000001.xml"))
	if err != nil || !strings.Contains(string(xml), "<cbc:ID>DS-"+last[:4]+"-000001</cbc:ID>") {
		t.Fatalf("exported XML: %v\n%s", err, out.String())
	}
	if pdf, err := os.ReadFile(filepath.Join(exported, "DS-"+last[:4]+"-000001.pdf")); err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("exported PDF: %v", err)
	}
	for _, bad := range [][]string{
		{"invoices", "run", "--data", dir, "--period", "2026-13"},
		{"invoices", "run", "--data", dir, "--period", last, "--client", "x"},
		{"invoices", "run", "--data", dir, "--period", last, "--tenant", "nope"},
		{"invoices", "export", "--data", dir, "--period", last},
		{"invoices", "bill", "--data", dir},
	} {
		if err := run(ctx, bad, io.Discard, io.Discard); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
	// Everything is invoiced now: a second run says so.
	err = run(ctx, []string{"invoices", "run", "--data", dir, "--period", last}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "no approved, uninvoiced hours") {
		t.Errorf("second run: %v", err)
	}
}
