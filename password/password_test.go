package password

import "testing"

func TestHashAndCheck(t *testing.T) {
	fast := Params{Memory: 1024, Time: 1, Threads: 1}
	h, err := Hash("correct horse battery", fast)
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := Hash("correct horse battery", fast)
	if h == h2 {
		t.Fatal("two hashes of one password are equal: salt missing")
	}
	for _, tc := range []struct {
		pw   string
		hash string
		want bool
	}{
		{"correct horse battery", h, true},
		{"correct horse batterY", h, false},
		{"", h, false},
		{"anything", "", false},
	} {
		got, err := Check(tc.pw, tc.hash)
		if err != nil || got != tc.want {
			t.Errorf("Check(%q) = %v, %v; want %v", tc.pw, got, err, tc.want)
		}
	}
	if _, err := Check("x", "$argon2id$garbage"); err == nil {
		t.Error("malformed hash accepted")
	}
}
