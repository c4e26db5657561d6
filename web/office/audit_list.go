package office

import (
	"net/http"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// auditRow is one entry as the page shows it.
type auditRow struct {
	domain.AuditEntry
	Link string // the record's page when the object is one, else empty
}

type auditListView struct {
	kit.Page
	Entries []auditRow
	Pager   Pager
	// the filter as typed, shown back in the form
	Action, ObjectKind, ObjectID, Actor, From, To string
}

// auditList is the audit log for admins (F4, B5): who saw or changed what,
// when and from where, newest first, filtered and paged.
func (a *App) auditList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	v := auditListView{Page: a.page(r, "audit.title"), Pager: Pager{Page: pageNumber(r)},
		Action: strings.TrimSpace(q.Get("action")), ObjectKind: strings.TrimSpace(q.Get("object_kind")),
		ObjectID: strings.TrimSpace(q.Get("object_id")), Actor: strings.TrimSpace(q.Get("actor")),
		From: strings.TrimSpace(q.Get("from")), To: strings.TrimSpace(q.Get("to"))}
	f := store.AuditFilter{Action: v.Action, ObjectKind: v.ObjectKind, ObjectID: queryID(r, "object_id"), ActorName: v.Actor,
		Limit: pageSize, Offset: (v.Pager.Page - 1) * pageSize}
	var ok bool
	if f.From, ok = auditDate(v.From); !ok {
		v.Errors["from"] = "audit.error.date"
	}
	if f.To, ok = auditDate(v.To); !ok {
		v.Errors["to"] = "audit.error.date"
	} else if !f.To.IsZero() {
		f.To = f.To.AddDate(0, 0, 1) // the whole day "to" names
	}
	if len(v.Errors) > 0 {
		return a.render(w, http.StatusUnprocessableEntity, "audit", v)
	}
	entries, more, err := a.Store.AuditEntries(r.Context(), f)
	if err != nil {
		return err
	}
	v.Pager.More = more
	for _, e := range entries {
		row := auditRow{AuditEntry: e}
		if k := domain.SubjectKind(e.ObjectKind); domain.ValidSubject(k) && e.ObjectID > 0 {
			row.Link = recordURL(k, e.ObjectID)
		}
		v.Entries = append(v.Entries, row)
	}
	return a.render(w, http.StatusOK, "audit", v)
}

// auditDate reads a yyyy-mm-dd date (in UTC, as the log stores times); empty
// is no bound.
func auditDate(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, true
	}
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}
