package store

import (
	"slices"
	"strings"
	"testing"
)

// splitStatements must keep what one engine reads as one statement whole:
// SQLite trigger bodies and PostgreSQL dollar-quoted function bodies, whose
// lines end in semicolons, and PostgreSQL triggers that have no body.
func TestSplitStatements(t *testing.T) {
	sql := `-- a comment; with a semicolon
CREATE TABLE a (id INTEGER);

CREATE TRIGGER a_ins AFTER INSERT ON a BEGIN
    UPDATE a SET id = id;
    DELETE FROM a WHERE id < 0;
END;
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- kept inside the body
    NEW.id := 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER f_set BEFORE INSERT ON a
    FOR EACH ROW EXECUTE FUNCTION f();
DROP INDEX x;
`
	got := splitStatements(sql)
	var firstWords []string
	for _, s := range got {
		firstWords = append(firstWords, strings.Join(strings.Fields(s)[:3], " "))
	}
	want := []string{"CREATE TABLE a", "CREATE TRIGGER a_ins", "CREATE FUNCTION f()", "CREATE TRIGGER f_set", "DROP INDEX x;"}
	if !slices.Equal(firstWords, want) {
		t.Fatalf("statements %q\nwant starts %q", got, want)
	}
	if !strings.Contains(got[1], "DELETE FROM a") || !strings.HasSuffix(got[1], "END;") {
		t.Errorf("trigger body split: %q", got[1])
	}
	if !strings.Contains(got[2], "-- kept inside the body") || !strings.HasSuffix(got[2], "$$;") {
		t.Errorf("function body split: %q", got[2])
	}
}
