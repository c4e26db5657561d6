package office

import (
	"bytes"
	"context"
	"net/http"
	"net/url"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/tabular"
)

// Issue 16 item 9: every back-office list is exported as CSV or XLSX with
// the filter it is shown with. One handler serves them all: a list adds
// itself to listExports (export_lists.go) with its columns and a reader
// of its rows for the filter in the request's query, the same query the
// list page takes. The link is the list's own address under
// /office/export/{list}, with format=csv or format=xlsx added.

// listExport is how one list is exported.
type listExport struct {
	// columns are the message keys of the column titles.
	columns []string
	// rows reads the list's filter from the query and returns a reader of
	// its rows page by page.
	rows func(q url.Values) service.ExportPage
}

// exportQuery is the list's filter: the query without the export's own
// parameters and the page.
func exportQuery(r *http.Request) url.Values {
	q := r.URL.Query()
	q.Del("format")
	q.Del("page")
	return q
}

func (a *App) exportList(w http.ResponseWriter, r *http.Request) error {
	list := r.PathValue("list")
	ex, ok := a.listExports()[list]
	if !ok {
		return domain.NotFound("list")
	}
	format := tabular.Format(r.URL.Query().Get("format"))
	if format == "" {
		format = tabular.CSV
	}
	p := a.Page(r, "export.label")
	header := make([]string, len(ex.columns))
	for i, key := range ex.columns {
		header[i] = p.T(key)
	}
	q := exportQuery(r)
	// The file is made whole before it is sent, so a failure halfway is an
	// error page rather than a cut-off file that looks complete.
	var b bytes.Buffer
	if _, err := a.Svc.ExportList(r.Context(), actor(r), list, q.Encode(), format, header, ex.rows(q), &b); err != nil {
		return err
	}
	w.Header().Set("Content-Type", map[tabular.Format]string{tabular.CSV: "text/csv; charset=utf-8",
		tabular.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}[format])
	w.Header().Set("Content-Disposition", `attachment; filename="`+list+"-"+a.DB.Now().Format("20060102-150405")+"."+string(format)+`"`)
	w.Header().Set("Cache-Control", "no-store")
	_, err := w.Write(b.Bytes())
	return err
}

// pageOf adapts a list query of the store to an export page.
func pageOf[T any](query func(ctx context.Context, limit, offset int) ([]T, bool, error), row func(T) []string) service.ExportPage {
	return func(ctx context.Context, limit, offset int) ([][]string, bool, error) {
		list, more, err := query(ctx, limit, offset)
		if err != nil {
			return nil, false, err
		}
		out := make([][]string, len(list))
		for i, x := range list {
			out[i] = row(x)
		}
		return out, more, nil
	}
}
