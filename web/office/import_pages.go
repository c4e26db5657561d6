package office

import (
	"io"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Issue 16 item 8: records come in from CSV and XLSX files in steps:
// upload, map the columns (with a preview), a dry run that reports every
// row's problems by line and column, then the import in batches with its
// progress on the import's page.

type importsView struct {
	kit.Page
	Imports []domain.Import
	Kind    string
	Kinds   []domain.ImportKind
	MaxMB   int64
}

type importView struct {
	kit.Page
	I       domain.Import
	Headers []string
	Rows    [][]string
	Fields  []domain.ImportField
	// Running makes the page refresh itself while the import runs.
	Running bool
}

// Header is the title of column i, for the report.
func (v importView) Header(i int) string {
	if i >= 0 && i < len(v.Headers) {
		return v.Headers[i]
	}
	return ""
}

func (a *App) importList(w http.ResponseWriter, r *http.Request) error {
	return a.renderImports(w, r, http.StatusOK, "", nil)
}

func (a *App) renderImports(w http.ResponseWriter, r *http.Request, status int, kind string, errs domain.FieldErrors) error {
	v := importsView{Page: a.Page(r, "import.title"), Kind: kind, Kinds: domain.ImportKinds, MaxMB: upload.MB(maxImportBytes)}
	if errs != nil {
		v.Errors = errs
	}
	var err error
	if v.Imports, err = a.Svc.Imports(r.Context()); err != nil {
		return err
	}
	return a.Render(w, status, "imports", v)
}

// maxImportBytes bounds an uploaded spreadsheet (a 100,000-row file of
// candidates is about 15 MB as CSV).
const maxImportBytes = 64 << 20

func (a *App) importUpload(w http.ResponseWriter, r *http.Request) error {
	if refusal := upload.ParseForm(w, r, maxImportBytes); refusal != upload.Accepted {
		return a.renderImports(w, r, refusal.Status(), "", domain.FieldErrors{"file": refusal.Key()})
	}
	defer r.MultipartForm.RemoveAll()
	kind := domain.ImportKind(r.PostFormValue("kind"))
	f, hdr, err := r.FormFile("file")
	if err != nil {
		return a.renderImports(w, r, http.StatusUnprocessableEntity, string(kind), domain.FieldErrors{"file": "validation.required"})
	}
	defer f.Close()
	// The type is the service's to judge from the content (CSV or XLSX);
	// upload.Check takes documents, not spreadsheets.
	content, err := io.ReadAll(io.LimitReader(f, maxImportBytes+1))
	if err != nil || len(content) > maxImportBytes {
		return a.renderImports(w, r, http.StatusRequestEntityTooLarge, string(kind), domain.FieldErrors{"file": "attachment.too_big"})
	}
	name := upload.CleanName(hdr.Filename)
	im, err := a.Svc.ImportUpload(r.Context(), actor(r), kind, name, content)
	if err != nil {
		if kit.Invalid(err) {
			return a.renderImports(w, r, http.StatusUnprocessableEntity, string(kind), fieldErrors(err))
		}
		return err
	}
	return kit.Redirect(w, r, "/office/imports/"+strconv.FormatInt(im.ID, 10))
}

func (a *App) importView(w http.ResponseWriter, r *http.Request) error {
	return a.renderImport(w, r, http.StatusOK, nil)
}

func (a *App) renderImport(w http.ResponseWriter, r *http.Request, status int, errs domain.FieldErrors) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	im, headers, rows, err := a.Svc.ImportPreview(r.Context(), id, 10)
	if err != nil {
		return err
	}
	v := importView{Page: a.Page(r, "import.title"), I: im, Headers: headers, Rows: rows, Fields: domain.ImportFields[im.Kind],
		Running: im.Status == domain.ImportRunning}
	if errs != nil {
		v.Errors = errs
	}
	if v.Running {
		w.Header().Set("Refresh", "3") // the progress, without a script
	}
	return a.Render(w, status, "import", v)
}

func (a *App) importMapping(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err
	}
	im, err := a.Svc.Import(r.Context(), id)
	if err != nil {
		return err
	}
	m := make(domain.ImportMapping, len(im.Mapping))
	for i := range m {
		m[i] = r.PostFormValue("column_" + strconv.Itoa(i))
	}
	if err := a.Svc.SaveImportMapping(r.Context(), actor(r), id, m); err != nil {
		if kit.Invalid(err) {
			return a.renderImport(w, r, http.StatusUnprocessableEntity, fieldErrors(err))
		}
		return err
	}
	return kit.Redirect(w, r, "/office/imports/"+strconv.FormatInt(id, 10)+"?flash=flash.import_mapped")
}

func (a *App) importCheck(w http.ResponseWriter, r *http.Request) error {
	return a.importStep(w, r, func(id domain.ID) error {
		_, err := a.Svc.CheckImport(r.Context(), actor(r), id)
		return err
	}, "flash.import_checked")
}

func (a *App) importRun(w http.ResponseWriter, r *http.Request) error {
	return a.importStep(w, r, func(id domain.ID) error { return a.Svc.StartImport(r.Context(), actor(r), id) }, "flash.import_started")
}

func (a *App) importStep(w http.ResponseWriter, r *http.Request, step func(domain.ID) error, flash string) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err
	}
	if err := step(id); err != nil {
		if kit.Invalid(err) {
			return a.renderImport(w, r, http.StatusUnprocessableEntity, fieldErrors(err))
		}
		return err
	}
	return kit.Redirect(w, r, "/office/imports/"+strconv.FormatInt(id, 10)+"?flash="+flash)
}

// ColumnLetter is a column's name in a spreadsheet program (A, B, … AA).
func (v importView) ColumnLetter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// Ran is true once the import started writing.
func (v importView) Ran() bool {
	return v.I.Status == domain.ImportRunning || v.I.Status == domain.ImportDone || v.I.Status == domain.ImportFailed
}

// Reported is true when a dry run or the run has counts to show.
func (v importView) Reported() bool { return v.Ran() || v.I.Status == domain.ImportChecked }
