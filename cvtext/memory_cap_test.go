package cvtext_test

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/cvtext"
)

// TestSandboxMemoryCap: with the parsing limits lifted, a DOCX whose text
// part inflates to 300 MB makes the child outgrow its 64 MiB memory cap,
// and the kernel, not the parser, ends it; the same child under a roomy cap
// starts and reads small files every time (the cap must not kill the Go
// runtime at start, which an address-space cap did about once in thirty).
func TestSandboxMemoryCap(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for range 300 {
		if _, err := w.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	capped := cvtext.Sandbox{Command: []string{os.Args[0]}, Env: []string{"CVTEXT_TEST_CHILD=1"}, Timeout: 20 * time.Second,
		MemoryBytes: 64 << 20, Limits: cvtext.Limits{MaxRunes: 1000, MaxXML: 1 << 30, MaxPages: 10}}
	_, err = capped.Extract(context.Background(), buf.Bytes())
	if err == nil || !(strings.Contains(err.Error(), "out of memory") || strings.Contains(err.Error(), "cannot allocate memory")) {
		t.Fatalf("a child past its memory cap: %v, want the runtime's out of memory", err)
	}

	for i := range 100 {
		text, err := sandbox(10*time.Second).Extract(context.Background(), []byte("Jan de Vries\n"))
		if err != nil || !strings.Contains(text, "Jan de Vries") {
			t.Fatalf("start %d under the cap: %q, %v", i, text, err)
		}
	}
}
