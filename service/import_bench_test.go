package service_test

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/tabular"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// importBenchRows is the size of the benchmark's candidate file:
// MATCHPOINT_BENCH_IMPORT_ROWS, 2,000 unless set (100,000 for the figure
// in doc/benchmarks.md).
func importBenchRows() int {
	if n, err := strconv.Atoi(os.Getenv("MATCHPOINT_BENCH_IMPORT_ROWS")); err == nil && n > 0 {
		return n
	}
	return 2000
}

// candidateFile writes n candidates as a spreadsheet an agency would bring
// from its old system: an id, names, e-mail, phone, address, date of birth
// and skills, titled in Dutch; one row in a hundred has a bad date.
func candidateFile(tb testing.TB, f tabular.Format, n int) []byte {
	tb.Helper()
	var b bytes.Buffer
	w, err := tabular.NewWriter(&b, f)
	if err != nil {
		tb.Fatal(err)
	}
	firsts := []string{"Anna", "Bram", "Chloé", "Daan", "Eva", "Finn", "Greta", "Hugo", "Iris", "Jules", "Karim", "Lotte"}
	lasts := []string{"de Vries", "Jansen", "Bakker", "Müller", "Dubois", "Visser", "Smit", "Meyer", "Lefèvre", "Mulder"}
	cities := []string{"Utrecht", "Gent", "Köln", "Lyon", "Zwolle", "Breda", "Aachen", "Lille"}
	skills := []string{"Excel, Heftruck", "SAP; Lassen", "Python", "Boekhouding, Duits", ""}
	must := func(err error) {
		if err != nil {
			tb.Fatal(err)
		}
	}
	must(w.Write([]string{"Kandidaatnummer", "Voornaam", "Achternaam", "E-mailadres", "Telefoon", "Straat", "Postcode",
		"Woonplaats", "Geboortedatum", "Functie", "Vaardigheden"}))
	for i := range n {
		dob := fmt.Sprintf("%02d-%02d-%d", 1+i%28, 1+i%12, 1960+i%40)
		if i%100 == 99 {
			dob = "31-02-1990"
		}
		must(w.Write([]string{"K-" + strconv.Itoa(i), firsts[i%len(firsts)], lasts[(i/len(firsts))%len(lasts)] + " " + strconv.Itoa(i),
			fmt.Sprintf("kandidaat%d@example.nl", i), fmt.Sprintf("06-%08d", i), "Dorpsstraat " + strconv.Itoa(1+i%200),
			fmt.Sprintf("%04d AB", 1000+i%9000), cities[i%len(cities)], dob, "Medewerker", skills[i%len(skills)]}))
	}
	must(w.Close())
	return b.Bytes()
}

func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

// BenchmarkImportCandidates measures issue 16 item 8's import of a
// candidate file (MATCHPOINT_BENCH_IMPORT_ROWS rows, CSV) into an agency,
// through the service as the back office does it: the upload (read and
// counted), the dry run, the import, and the same file again (every row an
// update). Each step's duration and the load average are logged.
//
//	MATCHPOINT_BENCH_IMPORT_ROWS=100000 go test -run '^$' -bench ImportCandidates -benchtime 1x -timeout 2h ./service/
func BenchmarkImportCandidates(b *testing.B) {
	n := importBenchRows()
	content := candidateFile(b, tabular.CSV, n)
	b.Logf("%d rows, %d bytes of CSV", n, len(content))
	for _, db := range storetest.DBs(b) {
		b.Run(string(db.Dialect), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				env := webtest.New(b, db)
				a := env.Acme
				admin := store.Actor{Kind: domain.AudienceOffice, ID: a.Admin.ID, Name: a.Admin.Name}
				svc := service.New(db)
				b.StartTimer()
				step := func(name string, fn func() (domain.Import, error)) domain.Import {
					start, load := time.Now(), loadAverage()
					im, err := fn()
					if err != nil {
						b.Fatalf("%s: %v", name, err)
					}
					d := time.Since(start)
					b.Logf("%s %s: %s (%.0f rows/s), load average before %s, after %s; %d created, %d updated, %d unchanged, %d skipped",
						db.Dialect, name, d.Round(time.Millisecond), float64(n)/d.Seconds(), load, loadAverage(), im.Created, im.Updated, im.Unchanged, im.Skipped)
					return im
				}
				im := step("upload", func() (domain.Import, error) {
					return svc.ImportUpload(a.Ctx, admin, domain.ImportCandidates, "kandidaten.csv", content)
				})
				step("dry run", func() (domain.Import, error) { return svc.CheckImport(a.Ctx, admin, im.ID) })
				done := step("import", func() (domain.Import, error) { return svc.RunImport(a.Ctx, admin, im.ID) })
				if done.Created != n-n/100 {
					b.Fatalf("created %d of %d", done.Created, n-n/100)
				}
				again := step("upload again", func() (domain.Import, error) {
					return svc.ImportUpload(a.Ctx, admin, domain.ImportCandidates, "kandidaten.csv", content)
				})
				second := step("import again", func() (domain.Import, error) { return svc.RunImport(a.Ctx, admin, again.ID) })
				if second.Created != 0 || second.Unchanged != done.Created {
					b.Fatalf("second run: %+v", second)
				}
			}
		})
	}
}
