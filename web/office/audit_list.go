package office

import (
	"html/template"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// auditRow is one entry as the page shows it.
type auditRow struct {
	domain.AuditEntry
	Label     string // the action's label key; empty for a code no longer written
	KindLabel string // the object kind's label key; empty for an unknown kind
	Link      string // the record's page when the object is one, else empty
}

// auditActionGroup is one group of the action filter's choices.
type auditActionGroup struct {
	Label   string
	Options []kit.Option
}

type auditListView struct {
	kit.Page
	Entries []auditRow
	Pager   Pager
	Actions []auditActionGroup
	Kinds   []kit.Option
	// the filter as typed, shown back in the form
	Action, ObjectKind, ObjectID, Actor, From, To string
	ExportHref                                    template.URL // the export of this filter
}

// readFilter reads the audit filter from the query into the view and the
// store's filter; bad dates become the view's errors.
func (v *auditListView) readFilter(r *http.Request) store.AuditFilter {
	q := r.URL.Query()
	v.Action, v.ObjectKind = strings.TrimSpace(q.Get("action")), strings.TrimSpace(q.Get("object_kind"))
	v.ObjectID, v.Actor = strings.TrimSpace(q.Get("object_id")), strings.TrimSpace(q.Get("actor"))
	v.From, v.To = strings.TrimSpace(q.Get("from")), strings.TrimSpace(q.Get("to"))
	f := store.AuditFilter{Action: v.Action, ObjectKind: v.ObjectKind, ObjectID: queryID(r, "object_id"), ActorName: v.Actor}
	var ok bool
	if f.From, ok = auditDate(v.From); !ok {
		v.Errors["from"] = "audit.error.date"
	}
	if f.To, ok = auditDate(v.To); !ok {
		v.Errors["to"] = "audit.error.date"
	} else if !f.To.IsZero() {
		f.To = f.To.AddDate(0, 0, 1) // the whole day "to" names
	}
	return f
}

// auditList is the audit log for admins (F4, B5): who saw or changed what,
// when and from where, newest first, filtered and paged. Actions show as
// labels in the admin's language, with the stored code beside them.
func (a *App) auditList(w http.ResponseWriter, r *http.Request) error {
	v := auditListView{Page: a.Page(r, "audit.title"), Pager: Pager{Page: kit.PageIndex(r) + 1}}
	v.Actions, v.Kinds = auditActionChoices(), auditKindChoices()
	f := v.readFilter(r)
	f.Limit, f.Offset = pageSize, (v.Pager.Page-1)*pageSize
	q := r.URL.Query()
	q.Del("page")
	v.ExportHref = template.URL("/office/settings/audit/export?" + q.Encode()) // the values are encoded by url.Values
	if len(v.Errors) > 0 {
		return a.Render(w, http.StatusUnprocessableEntity, "audit", v)
	}
	entries, more, err := a.Store.AuditEntries(r.Context(), f)
	if err != nil {
		return err
	}
	v.Pager.More = more
	for _, e := range entries {
		row := auditRow{AuditEntry: e, Link: auditLink(e)}
		if domain.KnownAuditAction(e.Action) {
			row.Label = "audit.action_label." + e.Action
		}
		if slices.Contains(domain.AuditObjectKinds(), e.ObjectKind) {
			row.KindLabel = "audit.kind." + e.ObjectKind
		}
		v.Entries = append(v.Entries, row)
	}
	return a.Render(w, http.StatusOK, "audit", v)
}

// auditLink is the page of the entry's object: a record's own page, an
// invoice's or an invoice run's, or the settings page that lists
// recruiters, API tokens or webhooks.
func auditLink(e domain.AuditEntry) string {
	if e.ObjectID <= 0 {
		return ""
	}
	if k := domain.SubjectKind(e.ObjectKind); domain.ValidSubject(k) {
		return recordURL(k, e.ObjectID)
	}
	switch e.ObjectKind {
	case "user":
		return "/office/settings/users#user-" + strconv.FormatInt(e.ObjectID, 10)
	case "api_token":
		return "/office/settings/api-tokens"
	case "webhook":
		return "/office/settings/webhooks"
	case "invoice": // invoices, credit notes and self-billed invoices (issue 17)
		return "/office/invoices/" + strconv.FormatInt(e.ObjectID, 10)
	case "invoice_run":
		return "/office/invoice-runs/" + strconv.FormatInt(e.ObjectID, 10)
	}
	return ""
}

// auditActionChoices are the action filter's choices, grouped.
func auditActionChoices() []auditActionGroup {
	var out []auditActionGroup
	for _, g := range domain.AuditActionGroups() {
		group := auditActionGroup{Label: "audit.action_group." + g}
		for _, a := range domain.AuditActions() {
			if a.Group == g {
				group.Options = append(group.Options, kit.Option{Value: a.Code, Label: "audit.action_label." + a.Code})
			}
		}
		out = append(out, group)
	}
	return out
}

// auditKindChoices are the object kind filter's choices.
func auditKindChoices() []kit.Option {
	var out []kit.Option
	for _, k := range domain.AuditObjectKinds() {
		out = append(out, kit.Option{Value: k, Label: "audit.kind." + k})
	}
	return out
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
