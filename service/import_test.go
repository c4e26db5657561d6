package service_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/tabular"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// sheet writes rows as CSV or XLSX.
func sheet(t *testing.T, f tabular.Format, rows [][]string) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := tabular.NewWriter(&b, f)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func count(t *testing.T, db *store.DB, table string, tenant domain.ID) int {
	t.Helper()
	var n int
	if err := db.Raw().QueryRow(`SELECT count(*) FROM `+table+` WHERE tenant_id = $1`, tenant).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Issue 16 item 8: a candidate file (CSV and XLSX, columns titled in
// Dutch) is mapped by its titles; the dry run reports every bad row by
// line and column and writes nothing; the import writes the good rows
// with their skills and audit entries, adds a person whose e-mail a
// candidate has to that candidate, and warns of possible duplicates; the
// same file imported again updates and creates nothing; another agency
// sees none of it.
func TestImportCandidates_I16(t *testing.T) {
	for _, format := range []tabular.Format{tabular.CSV, tabular.XLSX} {
		t.Run(string(format), func(t *testing.T) {
			storetest.Each(t, func(t *testing.T, db *store.DB) {
				env := webtest.New(t, db)
				a, st, ctx := env.Acme, env.Store, env.Acme.Ctx
				svc := service.New(db)
				admin := store.Actor{Kind: domain.AudienceOffice, ID: a.Admin.ID, Name: a.Admin.Name, Addr: "192.0.2.9"}
				known := a.Candidate(t, st, "Sanne", "Bekend")
				twin := a.Candidate(t, st, "Joris", "Dubbel")
				twin.City = "Zwolle"
				if err := st.UpdateCandidate(ctx, &twin); err != nil {
					t.Fatal(err)
				}
				// A control character: XML (so XLSX) cannot hold \x01, but a C1 one.
				ctl := map[tabular.Format]string{tabular.CSV: "\x01", tabular.XLSX: "\u0085"}[format]
				rows := [][]string{
					{"Kandidaatnummer", "Voornaam", "Achternaam", "E-mailadres", "Woonplaats", "Geboortedatum", "Vaardigheden", "Hobby"},
					{"K-1", "Anna", "Smit", "anna@example.nl", "Utrecht", "12-03-1990", "Excel, Heftruck", "zeilen"},
					{"K-2", "", "Jansen", "jan.example.nl", "Delft", "31-02-1990", "", ""}, // line 3: three problems
					{"K-3", "Sanne", "Bekend", strings.ToUpper(known.Email), "Breda", "", "SAP", ""},
					{"K-1", "Anna", "Dubbel", "", "", "", "", ""},         // line 5: id used on line 2
					{"K-5", "Joris", "Dubbel", "", "Zwolle", "", "", ""},  // a possible duplicate
					{"K-6", "Ba" + ctl + "d", "Char", "", "", "", "", ""}, // line 7: control character
				}
				content := sheet(t, format, rows)
				im, err := svc.ImportUpload(ctx, admin, domain.ImportCandidates, "kandidaten."+string(format), content)
				if err != nil {
					t.Fatal(err)
				}
				want := domain.ImportMapping{"external_id", "first_name", "last_name", "email", "city", "date_of_birth", "skills", ""}
				if fmt.Sprint(im.Mapping) != fmt.Sprint(want) || im.RowsTotal != 6 {
					t.Fatalf("mapping %q, rows %d", im.Mapping, im.RowsTotal)
				}
				before := count(t, db, "candidates", a.Tenant.ID)
				checked, err := svc.CheckImport(ctx, admin, im.ID)
				if err != nil {
					t.Fatal(err)
				}
				if got := count(t, db, "candidates", a.Tenant.ID); got != before {
					t.Fatalf("the dry run wrote %d candidates", got-before)
				}
				problems := map[string]string{}
				for _, p := range checked.Problems {
					problems[fmt.Sprintf("%d:%d", p.Line, p.Column)] = p.Key
				}
				for at, key := range map[string]string{"3:1": "validation.required", "3:3": "validation.email", "3:5": "validation.date",
					"5:0": "import.row.duplicate_in_file", "7:1": "validation.text"} {
					if problems[at] != key {
						t.Errorf("dry run: line:column %s = %q, want %q (all: %v)", at, problems[at], key, checked.Problems)
					}
				}
				if !checked.DryRun || checked.Created != 2 || checked.Updated != 1 || checked.Skipped != 3 {
					t.Errorf("dry run counts: %+v", checked)
				}

				done, err := svc.RunImport(ctx, admin, im.ID)
				if err != nil {
					t.Fatal(err)
				}
				if done.Status != domain.ImportDone || done.Created != 2 || done.Updated != 1 || done.Skipped != 3 || len(done.Problems) != len(checked.Problems) {
					t.Errorf("run: %+v", done)
				}
				if len(done.Warnings) == 0 || done.Warnings[0].Line != 6 || done.Warnings[0].Field != fmt.Sprint(twin.ID) {
					t.Errorf("warnings: %+v", done.Warnings)
				}
				if got := count(t, db, "candidates", a.Tenant.ID); got != before+2 {
					t.Errorf("candidates: %d new, want 2", got-before)
				}
				if c, _ := st.Candidate(ctx, known.ID); c.City != "Breda" {
					t.Errorf("the known candidate was not updated: %+v", c)
				}
				id, err := st.IDByExternalID(ctx, domain.ImportCandidates, "K-1")
				if err != nil {
					t.Fatal(err)
				}
				anna, _ := st.Candidate(ctx, id)
				skills, _ := st.Skills(ctx, id)
				if anna.Email != "anna@example.nl" || anna.DateOfBirth.String() != "1990-03-12" || anna.OwnerID != a.Admin.ID || len(skills) != 2 {
					t.Errorf("Anna: %+v, skills %+v", anna, skills)
				}
				if content, _ := st.ImportContent(ctx, im.ID); len(content) != 0 {
					t.Error("the file is kept after the import")
				}
				if _, err := svc.RunImport(ctx, admin, im.ID); domain.KindOf(err) != domain.KindConflict {
					t.Errorf("a second start of the same import: %v", err)
				}
				entries, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: id})
				if len(entries) == 0 || entries[0].Action != "create" || !strings.Contains(entries[0].Detail, fmt.Sprintf("import %d line 2", im.ID)) {
					t.Errorf("audit of an imported candidate: %+v", entries)
				}

				// The same file again: updates, creates nothing.
				rows[1][4] = "Amersfoort"
				again, err := svc.ImportUpload(ctx, admin, domain.ImportCandidates, "kandidaten-2."+string(format), sheet(t, format, rows))
				if err != nil {
					t.Fatal(err)
				}
				second, err := svc.RunImport(ctx, admin, again.ID)
				if err != nil {
					t.Fatal(err)
				}
				if second.Created != 0 || second.Updated != 1 || second.Unchanged != 2 || count(t, db, "candidates", a.Tenant.ID) != before+2 {
					t.Errorf("second run: %+v", second)
				}
				if c, _ := st.Candidate(ctx, id); c.City != "Amersfoort" {
					t.Errorf("second run did not update: %+v", c)
				}
				if s2, _ := st.Skills(ctx, id); len(s2) != 2 {
					t.Errorf("skills doubled: %+v", s2)
				}
				if _, err := st.Import(env.Other.Ctx, im.ID); domain.KindOf(err) != domain.KindNotFound {
					t.Errorf("another agency sees the import: %v", err)
				}
				if _, err := st.IDByExternalID(env.Other.Ctx, domain.ImportCandidates, "K-1"); domain.KindOf(err) != domain.KindNotFound {
					t.Errorf("another agency finds the external id: %v", err)
				}
			})
		})
	}
}

// Companies, then their contacts and vacancies naming them by external id
// or name; a row naming no company is reported; a second run updates.
func TestImportCompaniesContactsVacancies_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		a, st, ctx := env.Acme, env.Store, env.Acme.Ctx
		a.Records(t, st) // a procedure for the vacancies
		svc := service.New(db)
		admin := store.Actor{Kind: domain.AudienceOffice, ID: a.Admin.ID, Name: a.Admin.Name}
		run := func(kind domain.ImportKind, rows [][]string) domain.Import {
			t.Helper()
			im, err := svc.ImportUpload(ctx, admin, kind, string(kind)+".csv", sheet(t, tabular.CSV, rows))
			if err != nil {
				t.Fatal(err)
			}
			done, err := svc.RunImport(ctx, admin, im.ID)
			if err != nil {
				t.Fatal(err)
			}
			return done
		}
		companies := [][]string{{"Klantnummer", "Bedrijfsnaam", "Plaats"}, {"C-1", "Bakkerij Brood", "Gouda"}, {"C-2", "Staal BV", "Delft"}}
		if im := run(domain.ImportCompanies, companies); im.Created != 2 || len(im.Problems) != 0 {
			t.Fatalf("companies: %+v", im)
		}
		contacts := [][]string{{"ID", "Company", "First name", "Last name", "Email"},
			{"P-1", "C-1", "Els", "Deeg", "els@brood.nl"}, {"P-2", "staal bv", "Kees", "Smid", "kees@staal.nl"}, {"P-3", "Nobody Ltd", "No", "One", ""}}
		im := run(domain.ImportContacts, contacts)
		if im.Created != 2 || im.Skipped != 1 || len(im.Problems) != 1 || im.Problems[0].Line != 4 || im.Problems[0].Column != 1 ||
			im.Problems[0].Key != "import.row.company_unknown" {
			t.Errorf("contacts: %+v", im)
		}
		vacancies := [][]string{{"Referenz", "Unternehmen", "Stellentitel", "Wochenstunden", "Status"},
			{"V-1", "C-2", "Lasser", "40", "offen"}, {"V-2", "C-1", "Bakker", "zwölf", ""}}
		im = run(domain.ImportVacancies, vacancies)
		if im.Created != 1 || len(im.Problems) != 1 || im.Problems[0].Key != "validation.hours_per_week" || im.Problems[0].Column != 3 {
			t.Errorf("vacancies: %+v", im)
		}
		companies[1][1] = "Bakkerij Brood & Banket"
		if again := run(domain.ImportCompanies, companies); again.Created != 0 || again.Updated != 2 {
			t.Errorf("companies again: %+v", again)
		}
		id, _ := st.IDByExternalID(ctx, domain.ImportCompanies, "C-1")
		if c, _ := st.Company(ctx, id); c.Name != "Bakkerij Brood & Banket" {
			t.Errorf("company not updated: %+v", c)
		}
	})
}

// zipBomb is an XLSX whose sheet says it inflates to 16 GiB: refused by
// its declared size before anything is inflated.
func zipBomb(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, f := range []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>`},
		{"xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>`},
	} {
		w, err := z.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, f.body); err != nil {
			t.Fatal(err)
		}
	}
	var small bytes.Buffer
	fw, _ := flate.NewWriter(&small, flate.BestCompression)
	_, _ = fw.Write(bytes.Repeat([]byte(" "), 1<<20))
	_ = fw.Close()
	w, err := z.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CompressedSize64: uint64(small.Len()), UncompressedSize64: 16 << 30})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(small.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Hostile and bad files are refused with a message that says why, and
// store nothing: binary and NUL bytes, a header without rows, a broken or
// bombing XLSX, too many columns, a 1 MB cell, an unknown kind.
func TestImportRefusesBadFiles_I16(t *testing.T) {
	db := storetest.SQLite(t)
	env := webtest.New(t, db)
	svc := service.New(db)
	admin := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Admin.ID, Name: env.Acme.Admin.Name}
	for name, c := range map[string]struct {
		content []byte
		key     string
	}{
		"binary":      {[]byte{0, 1, 2, 3}, "import.file.unreadable"},
		"NUL":         {[]byte("voornaam,achternaam\nAn\x00na,Smit\n"), "import.file.unreadable"},
		"header only": {[]byte("voornaam,achternaam\n"), "import.file.empty"},
		"empty":       {nil, "import.file.unreadable"},
		"broken xlsx": {[]byte("PK\x03\x04nonsense"), "import.file.unreadable"},
		"zip bomb":    {zipBomb(t), "import.file.unreadable"},
		"too wide":    {[]byte(strings.Repeat("a,", 300) + "\n1\n"), "import.file.too_wide"},
		"1 MB cell":   {[]byte("voornaam,achternaam\nAnna," + strings.Repeat("x", 1<<20) + "\n"), "import.file.cell_too_long"},
	} {
		_, err := svc.ImportUpload(env.Acme.Ctx, admin, domain.ImportCandidates, name, c.content)
		var ve *domain.ValidationError
		if !errors.As(err, &ve) || ve.Fields["file"] != c.key {
			t.Errorf("%s: %v, want %s", name, err, c.key)
		}
	}
	if _, err := svc.ImportUpload(env.Acme.Ctx, admin, "payslips", "x.csv", []byte("a\nb\n")); err == nil {
		t.Error("an unknown kind was taken")
	}
	if n := count(t, db, "imports", env.Acme.Tenant.ID); n != 0 {
		t.Errorf("%d imports stored", n)
	}
}

// A formula in a cell is reported by line and column and not imported;
// bytes that are no UTF-8 are read as Windows-1252 (what spreadsheet
// programs in nl, de and fr save), so no invalid text reaches the records.
func TestImportFormulasAndCharsets_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		a := env.Acme
		svc := service.New(db)
		admin := store.Actor{Kind: domain.AudienceOffice, ID: a.Admin.ID, Name: a.Admin.Name}
		content := []byte("Voornaam;Achternaam;Woonplaats\nJos\xe9;M\xfcller;K\xf6ln\nAnna;=HYPERLINK(\"http://evil.test\");Gent\n")
		im, err := svc.ImportUpload(a.Ctx, admin, domain.ImportCandidates, "latin1.csv", content)
		if err != nil {
			t.Fatal(err)
		}
		done, err := svc.RunImport(a.Ctx, admin, im.ID)
		if err != nil {
			t.Fatal(err)
		}
		if done.Created != 1 || done.Skipped != 1 || len(done.Problems) != 1 || done.Problems[0].Line != 3 ||
			done.Problems[0].Column != 1 || done.Problems[0].Key != "import.row.formula" {
			t.Fatalf("import: %+v", done)
		}
		list, _, err := env.Store.Candidates(a.Ctx, store.CandidateFilter{Query: "müller"})
		if err != nil || len(list) != 1 || list[0].FirstName != "José" || list[0].LastName != "Müller" {
			t.Errorf("Windows-1252 row: %+v %v", list, err)
		}
	})
}

// Forty imports of the same file at once make each candidate once: the
// first to reach a row creates it, the others update or leave it.
func TestImportConcurrent_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		a := env.Acme
		svc := service.New(db)
		admin := store.Actor{Kind: domain.AudienceOffice, ID: a.Admin.ID, Name: a.Admin.Name}
		rows := [][]string{{"ID", "First name", "Last name", "Email"}}
		for i := range 30 {
			rows = append(rows, []string{fmt.Sprintf("X-%d", i), "Person", fmt.Sprintf("No%d", i), fmt.Sprintf("p%d@example.test", i)})
		}
		// Half the rows have no external id: they are found by e-mail.
		for i := 15; i < 30; i++ {
			rows[i+1][0] = ""
		}
		content := sheet(t, tabular.CSV, rows)
		before := count(t, db, "candidates", a.Tenant.ID)
		const n = 40
		ids := make([]domain.ID, n)
		for i := range ids {
			im, err := svc.ImportUpload(a.Ctx, admin, domain.ImportCandidates, "same.csv", content)
			if err != nil {
				t.Fatal(err)
			}
			ids[i] = im.ID
		}
		var wg sync.WaitGroup
		results := make([]domain.Import, n)
		errs := make([]error, n)
		for i := range ids {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i], errs[i] = svc.RunImport(a.Ctx, admin, ids[i])
			}()
		}
		wg.Wait()
		created := 0
		for i := range results {
			if errs[i] != nil {
				t.Fatalf("import %d: %v", i, errs[i])
			}
			if results[i].Status != domain.ImportDone || results[i].Skipped != 0 {
				t.Errorf("import %d: %+v", i, results[i])
			}
			created += results[i].Created
		}
		if got := count(t, db, "candidates", a.Tenant.ID) - before; got != 30 || created != 30 {
			t.Errorf("%d candidates made (counted %d created), want 30", got, created)
		}
	})
}
