package office

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// auditExport sends the audit log as the list's filter selects it, every
// entry with no cap, as CSV (F4): for an auditor, or for a person's access
// request ("who saw my data": filter on the person). The export is itself
// audited.
func (a *App) auditExport(w http.ResponseWriter, r *http.Request) error {
	v := auditListView{Page: a.Page(r, "audit.title")}
	f := v.readFilter(r)
	if len(v.Errors) > 0 {
		return &domain.ValidationError{Fields: v.Errors}
	}
	if err := a.Svc.LogAuditExport(r.Context(), actor(r), r.URL.RawQuery); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="audit-`+a.DB.Now().Format("20060102-150405")+`.csv"`)
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"at", "actor_kind", "actor_id", "actor_name", "action", "object_kind", "object_id", "detail", "remote_addr"}); err != nil {
		return err
	}
	f.Limit = 500
	for f.Offset = 0; ; f.Offset += f.Limit {
		entries, more, err := a.Store.AuditEntries(r.Context(), f)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if err := cw.Write([]string{e.At.UTC().Format(time.RFC3339), string(e.ActorKind), strconv.FormatInt(e.ActorID, 10),
				csvCell(e.ActorName), e.Action, e.ObjectKind, strconv.FormatInt(e.ObjectID, 10), csvCell(e.Detail), csvCell(e.RemoteAddr)}); err != nil {
				return err
			}
		}
		if !more {
			break
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvCell keeps a spreadsheet from reading a cell as a formula: text that
// starts with = + - @ (or a tab or carriage return) gets a quote in front.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
