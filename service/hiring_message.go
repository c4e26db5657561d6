package service

import (
	"context"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// Message is what a contact writes under 'Contact' (E11).
type Message struct {
	Subject string
	Body    string
}

// HiringSendMessage turns the contact's message into a note on the contact's
// activity tab with status 'new portal message' (E11) and, in the same
// transaction, mails the contact's owner (portal_message_received).
func (s *Service) HiringSendMessage(ctx context.Context, c domain.Contact, msg Message) (_ domain.Note, err error) {
	defer domain.Wrap(&err, "service.HiringSendMessage(%d)", c.ID)
	n := domain.Note{SubjectKind: domain.SubjectContact, SubjectID: c.ID, AuthorKind: domain.AudienceHiring, AuthorID: c.ID,
		AuthorName: c.Name(), Status: domain.NotePortalMessageNew, Subject: strings.TrimSpace(msg.Subject),
		Body: strings.TrimSpace(msg.Body)}
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		if _, err := hiringSettings(ctx, tx, c); err != nil {
			return err
		}
		if err := n.Validate(); err != nil {
			return err
		}
		fresh, err := tx.Contact(ctx, c.ID)
		if err != nil {
			return err
		}
		if err := tx.CreateNote(ctx, &n); err != nil {
			return err
		}
		if err := EnqueueWebhook(ctx, tx, domain.EventPortalMessageReceived, PortalMessageEvent{NoteID: n.ID, ContactID: fresh.ID,
			CompanyID: fresh.CompanyID, Subject: n.Subject, Body: n.Body}); err != nil { // G1
			return err
		}
		owner, err := tx.User(ctx, fresh.OwnerID)
		if err != nil {
			return err
		}
		if owner.Email == "" {
			return nil
		}
		t, err := tx.CurrentTenant(ctx)
		if err != nil {
			return err
		}
		_, err = mail.Enqueue(ctx, tx, mail.Message{To: owner.Email, Language: owner.Language, Key: "portal_message_received",
			Data: mail.PortalMessageData{Name: owner.Name, Agency: t.Name, Contact: fresh.Name(), Company: fresh.CompanyName,
				Subject: n.Subject, Link: s.link(t, "/office/notes/"+strconv.FormatInt(int64(n.ID), 10))}})
		return err
	})
	if err != nil {
		return domain.Note{}, err
	}
	return n, nil
}
