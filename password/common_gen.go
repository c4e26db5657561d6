//go:build ignore

// Run with `go generate ./password`. Generates password/common.txt: common passwords and the usual variations
// people make of them, all lower case, at least 10 characters (shorter ones
// are refused by length anyway).
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

var words = strings.Fields(`
password passw0rd p@ssword p@ssw0rd pass wachtwoord passwort motdepasse secret secreto geheim
qwerty qwertz azerty asdf asdfgh asdfghjkl zxcvbn zxcvbnm qwertyuiop qweasd qazwsx wsxedc 1qaz2wsx
1q2w3e 1q2w3e4r 1q2w3e4r5t zaq12wsx abc abcd abcdef abcdefg abcdefgh abc123 aaa aaaa aaaaaa
iloveyou ilovey0u loveyou lovely love lover loveme letmein welcome welkom willkommen bienvenue
admin administrator root toor master login user guest default changeme changeit test tester testing
monkey dragon shadow sunshine princess football baseball basketball soccer hockey tennis golf
superman batman spiderman starwars pokemon pikachu naruto minecraft fortnite roblox matrix
michael jennifer jessica ashley daniel thomas charlie andrew joshua robert jordan hunter taylor
michelle amanda nicole melissa chelsea maria anna sophie emma lisa julia sarah peter jan piet
klaas henk kees johan hans anton pieter stefan marco thijs lucas daan sem bram noah liam
mustang ferrari porsche mercedes corvette harley yamaha honda toyota volkswagen audi bmw
freedom whatever trustno1 access hello hello123 hallo bonjour salut ciao hola holamundo
computer internet samsung apple iphone android google facebook linkedin microsoft windows linux
summer winter spring autumn zomer winter lente herfst sommer fruehling automne hiver printemps ete
monday friday sunday january february march april june july august september october november december
blue red green yellow orange purple black white silver golden gold diamond crystal
flower rose tiger lion eagle falcon wolf bear panda dolphin butterfly kitten puppy doggy
cookie chocolate banana cherry orange pepper ginger honey sugar candy coffee pizza cheese
nederland holland amsterdam rotterdam utrecht denhaag eindhoven groningen belgie brussel
deutschland berlin muenchen hamburg koeln france paris marseille lyon london england
ajax feyenoord psv arsenal chelsea liverpool barcelona realmadrid juventus bayern
jesus christ angel angels heaven blessed faith family friends friend buddy homie
money cash dollar euro bitcoin crypto business company office manager staffing recruitment
recruiter vacancy career job jobs work worker welcome1 hr human resources
killer ninja pirate hacker gamer player legend hero champion winner
matchpoint portal hiring candidate contact employee freelancer
baby babygirl babyboy sweety sweetheart darling honey lovebug princess1 queen king prince
letmein1 open sesame opensesame nothing nobody someone somebody unknown anonymous
starwars1 trinity neo morpheus zion gandalf frodo hobbit harrypotter hogwarts
qwer1234 asdf1234 zxcv1234 1234qwer 1234asdf abcd1234 a1b2c3d4 a1b2c3 q1w2e3r4 q1w2e3r4t5
`)

var numbers = strings.Fields(`
0123456789 1234567890 12345678910 123456789 12345678 1234567 123456 12345 1234 123 12 1
0987654321 9876543210 987654321 87654321 1111111111 0000000000 2222222222 1212121212 1231231234
1122334455 1234512345 1234554321 123123123 123321123 5555555555 9999999999 7777777777 1357924680
1029384756 1470258369 1472583690 3692581470 0123401234 1111122222 1234598765 2468013579
`)

var suffixes = []string{"", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "123456789", "1234567890",
	"!", "1!", "123!", "!!", "01", "007", "69", "99", "00", "11", "13", "21", "22", "23", "2020", "2021", "2022", "2023",
	"2024", "2025", "2026", "1990", "1985", "1995", "2000", "@123", "#1", "321", "111", "000", "abc"}

func main() {
	set := map[string]bool{}
	add := func(s string) {
		s = strings.ToLower(s)
		if len(s) >= 10 && len(s) <= 128 {
			set[s] = true
		}
	}
	for _, n := range numbers {
		add(n)
		add(n + n)
	}
	for _, w := range words {
		for _, sfx := range suffixes {
			add(w + sfx)
		}
		add(w + w)
		add(w + w + "1")
		add("123" + w)
		add("1234" + w)
		add(strings.NewReplacer("a", "4", "e", "3", "i", "1", "o", "0", "s", "5").Replace(w) + "1234")
		add("my" + w + "123")
		add("i love " + w)
		add("ilove" + w + "1")
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	defer f.Close()
	fmt.Fprintln(f, "# Common passwords (lower case, 10 characters or more) that Matchpoint refuses.")
	fmt.Fprintln(f, "# Written out by the Matchpoint authors from well-known patterns: keyboard runs,")
	fmt.Fprintln(f, "# digit runs, common words and names with the usual number and symbol endings.")
	for _, s := range out {
		fmt.Fprintln(f, s)
	}
}
