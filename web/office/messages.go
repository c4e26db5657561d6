package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type messageListView struct {
	kit.Page
	Status   string // "new", "read" or "" for all
	Messages []domain.Note
	Pager    Pager
}

// Record is the page of the record a message is on.
func (messageListView) Record(n domain.Note) string { return recordURL(n.SubjectKind, n.SubjectID) }

// messageList is the 'Portal messages' dashboard and report (E11): newest
// first, filtered on new or read. It shows previews only, so listing leaves
// new messages new.
func (a *App) messageList(w http.ResponseWriter, r *http.Request) error {
	v := messageListView{Page: a.Page(r, "messages.title"), Pager: Pager{Page: kit.PageIndex(r) + 1}}
	f := store.PortalMessageFilter{Limit: pageSize, Offset: (v.Pager.Page - 1) * pageSize}
	switch r.URL.Query().Get("status") {
	case "new":
		v.Status, f.Status = "new", domain.NotePortalMessageNew
	case "read":
		v.Status, f.Status = "read", domain.NotePortalMessageRead
	}
	var err error
	if v.Messages, v.Pager.More, err = a.Store.PortalMessages(r.Context(), f); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "messages", v)
}
