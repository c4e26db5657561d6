package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
)

// G3: `matchpoint reminders` runs last week's timesheet reminders of every
// agency, or of one, and refuses an unknown agency.
func TestRemindersCommand_G3(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	var out bytes.Buffer
	for _, slug := range []string{"acme", "globex"} {
		if err := run(ctx, []string{"tenant", "create", "--data", dir, "--slug", slug, "--name", slug}, io.Discard, io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	if err := run(ctx, []string{"reminders", "--data", dir}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "acme: 0 timesheet reminders") || !strings.Contains(out.String(), "globex: 0") {
		t.Errorf("output: %q", out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"reminders", "--data", dir, "--tenant", "globex"}, &out, io.Discard); err != nil || strings.Contains(out.String(), "acme") {
		t.Errorf("one agency: %q %v", out.String(), err)
	}
	if err := run(ctx, []string{"reminders", "--data", dir, "--tenant", "nope"}, io.Discard, io.Discard); err == nil {
		t.Error("unknown agency accepted")
	}
}
