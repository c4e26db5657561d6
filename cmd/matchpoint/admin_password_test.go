package main

import (
	"context"
	"io"
	"strings"
	"testing"
)

// B4: `matchpoint user create` refuses what the set-password pages refuse,
// and says why in the user's language; no user is made.
func TestUserCreatePasswordPolicy_B4(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	if err := run(ctx, []string{"tenant", "create", "--data", dir, "--slug", "acme", "--name", "Acme Staffing"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		pw, lang, want string
	}{
		{"Matchpoint2026x", "en", "agency's or the product's name"},
		{"acme-staffing-2026", "en", "agency's or the product's name"},
		{"Wilma.Boss1990", "en", "your own name"},
		{"aaaaaaaaaa", "en", "too common"},
		{"kittenkittenkitten", "en", "too easy to guess"},
		{"kittenkittenkitten", "nl", "te makkelijk te raden"},
	} {
		err := run(ctx, []string{"user", "create", "--data", dir, "--tenant", "acme", "--email", "wilma@acme.test",
			"--name", "Wilma Boss", "--language", tc.lang, "--password", tc.pw}, io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("password %q (%s): %v, want a refusal saying %q", tc.pw, tc.lang, err, tc.want)
		}
	}
	if err := run(ctx, []string{"user", "create", "--data", dir, "--tenant", "acme", "--email", "wilma@acme.test",
		"--name", "Wilma Boss", "--password", "tulip-harbour-lantern"}, io.Discard, io.Discard); err != nil {
		t.Fatalf("a strong password after the refusals: %v (a refused attempt made the user?)", err)
	}
}
