#include "io/DemoPhrases.h"

using namespace Qt::StringLiterals;

namespace tend::demo {

const QStringList &firstNames()
{
    static const QStringList names{
        u"Ada"_s, u"Grace"_s, u"Alan"_s, u"Margaret"_s, u"Linus"_s, u"Barbara"_s, u"Katherine"_s, u"Dennis"_s,
        u"Frances"_s, u"Tim"_s, u"Radia"_s, u"Guido"_s, u"Shafi"_s, u"Donald"_s, u"Anita"_s, u"Ken"_s,
        u"Priya"_s, u"Arjun"_s, u"Mei"_s, u"Hiroshi"_s, u"Yuki"_s, u"Chidi"_s, u"Amara"_s, u"Tunde"_s,
        u"Fatima"_s, u"Omar"_s, u"Leila"_s, u"Sven"_s, u"Ingrid"_s, u"Søren"_s, u"Zoë"_s, u"José"_s,
        u"María"_s, u"Lucía"_s, u"Mateo"_s, u"Camille"_s, u"Élodie"_s, u"François"_s, u"Jürgen"_s, u"Anneliese"_s,
        u"Siobhán"_s, u"Niamh"_s, u"Seán"_s, u"Aoife"_s, u"Kwame"_s, u"Ngozi"_s, u"Thabo"_s, u"Lerato"_s,
        u"Ana"_s, u"Bruno"_s, u"Wei"_s, u"Jia"_s, u"Min-jun"_s, u"Seo-yeon"_s, u"Dmitri"_s, u"Olga"_s,
        u"Rahul"_s, u"Ananya"_s, u"Noah"_s, u"Emma"_s, u"Liam"_s, u"Olivia"_s, u"Sam"_s, u"Alex"_s,
        u"Jordan"_s, u"Taylor"_s, u"Maya"_s, u"Eli"_s, u"Nadia"_s, u"Kofi"_s, u"Aiyana"_s, u"Mateus"_s,
    };
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names{
        u"Lovelace"_s, u"Hopper"_s, u"Turing"_s, u"Hamilton"_s, u"Torvalds"_s, u"Liskov"_s, u"Johnson"_s,
        u"Ritchie"_s, u"Allen"_s, u"Berners-Lee"_s, u"Perlman"_s, u"van Rossum"_s, u"Goldwasser"_s, u"Knuth"_s,
        u"Borg"_s, u"Thompson"_s, u"O'Brien"_s, u"O'Connor"_s, u"D'Souza"_s, u"Müller"_s, u"García"_s,
        u"Fernández"_s, u"Nakamura"_s, u"Tanaka"_s, u"Okafor"_s, u"Adeyemi"_s, u"Mensah"_s, u"Nguyễn"_s,
        u"Kowalski"_s, u"Nowak"_s, u"Ivanova"_s, u"Petrov"_s, u"Schmidt"_s, u"Dubois"_s, u"Lefèvre"_s,
        u"Rossi"_s, u"Bianchi"_s, u"Silva"_s, u"Santos"_s, u"Kim"_s, u"Park"_s, u"Chen"_s, u"Wang"_s,
        u"Singh"_s, u"Patel"_s, u"Iyer"_s, u"Haddad"_s, u"Khan"_s, u"Cohen"_s, u"Andersson"_s, u"Øberg"_s,
        u"Mbeki"_s, u"Dlamini"_s, u"Walker"_s, u"Brown"_s, u"Martin"_s, u"Clarke"_s, u"MacLeod"_s, u"Ní Bhriain"_s,
    };
    return names;
}

const QStringList &specialNames()
{
    static const QStringList names{
        u"محمد الأحمد"_s, u"دانة ٢"_s, u"יעל כהן"_s, u"李娜"_s, u"山田 太郎"_s, u"김민준"_s,
        u"Zoë \"Zed\" Müller-Lüdenscheidt"_s, u"Siobhán O'Brien"_s, u"Priya 🌱 Raman"_s, u"🎸 Jamie Rivers"_s,
        u"Renée Lefèvre-D'Arcy"_s, u"Þórunn Guðmundsdóttir"_s, u"Αλέξανδρος Παπαδόπουλος"_s,
        u"Дмитрий Соколов"_s, u"Nguyễn Thị Minh Khai"_s, u"<b>Bold</b> Bert"_s, u"Dr. Amaka Obi, PhD"_s,
    };
    return names;
}

const QStringList &organisations()
{
    static const QStringList names{
        u"Northwind Labs"_s, u"Contoso"_s, u"Fabrikam"_s, u"Initech"_s, u"Globex"_s, u"Umbrella Health"_s,
        u"Acme Robotics"_s, u"Blue Yonder Airlines"_s, u"Tailspin Toys"_s, u"Wide World Importers"_s,
        u"Litware"_s, u"Proseware"_s, u"Adventure Works"_s, u"Woodgrove Bank"_s, u"City Hospital"_s,
        u"University of Example"_s, u"Open Source Collective"_s, u"PyLadies Berlin"_s, u"Women Who Code"_s,
        u"Rust Belt Rust"_s, u"Fjord & Søn"_s, u"Café Zürich AG"_s, u"Mañana Studios"_s, u"Stripe-ish"_s,
        u"Lumen Analytics"_s, u"Quietwater Therapy"_s, u"Brightpath Coaching"_s, u"Kestrel Ventures"_s,
    };
    return names;
}

const QStringList &titlesFor(Role role)
{
    static const QStringList mentor{u"Staff Engineer"_s, u"Principal Engineer"_s, u"Engineering Manager"_s,
                                    u"Senior Product Manager"_s, u"Design Director"_s, u"Distinguished Engineer"_s,
                                    u"Head of Data"_s, u"Tech Lead"_s};
    static const QStringList sponsor{u"VP Engineering"_s, u"CTO"_s, u"Director of Product"_s, u"SVP Platform"_s,
                                     u"Chief of Staff"_s, u"Partner"_s, u"Head of Engineering"_s};
    static const QStringList coach{u"Leadership Coach"_s, u"Career Coach"_s, u"Executive Coach (ICF PCC)"_s,
                                   u"Public Speaking Coach"_s, u"Agile Coach"_s};
    static const QStringList therapist{u"Licensed Therapist (LCSW)"_s, u"Clinical Psychologist"_s,
                                       u"Counsellor"_s, u"Psychotherapist"_s};
    static const QStringList peer{u"Software Engineer"_s, u"Senior Software Engineer"_s, u"Product Designer"_s,
                                  u"Data Scientist"_s, u"SRE"_s, u"QA Engineer"_s, u"Developer Advocate"_s,
                                  u"Product Manager"_s, u"Bootcamp classmate"_s, u""_s};
    switch (role) {
    case Role::Mentor: return mentor;
    case Role::Sponsor: return sponsor;
    case Role::Coach: return coach;
    case Role::Therapist: return therapist;
    case Role::Peer: return peer;
    }
    return peer;
}

const QStringList &metViaDetails(MetVia metVia)
{
    static const QStringList workProgram{u"Mentoring program, spring cohort"_s, u"Grad rotation program"_s,
                                         u"Women in Tech sponsorship circle"_s, u"New-manager training"_s};
    static const QStringList work{u"Same team at my first job"_s, u"Cross-team project"_s, u"On-call rotation"_s,
                                  u"Reorg in 2024"_s, u""_s};
    static const QStringList school{u"CS 101 study group"_s, u"Master's cohort"_s, u"Thesis lab"_s, u""_s};
    static const QStringList community{u"PyLadies meetup"_s, u"RustConf hallway track"_s, u"Local Go meetup"_s,
                                       u"Hackathon team"_s, u"Volunteering at a code club"_s};
    static const QStringList online{u"Replied to my blog post"_s, u"Open source PR review"_s, u"LinkedIn message"_s,
                                    u"Discord server"_s, u"Mastodon"_s};
    static const QStringList other{u"Friend of a friend"_s, u"Referral from my coach"_s, u""_s};
    switch (metVia) {
    case MetVia::WorkProgram: return workProgram;
    case MetVia::Work: return work;
    case MetVia::School: return school;
    case MetVia::Community: return community;
    case MetVia::Online: return online;
    case MetVia::Other: return other;
    }
    return other;
}

const QStringList &contactNotes()
{
    static const QStringList notes{
        u"Prefers async: e-mail first, calls only when scheduled."_s,
        u"Happy to review promo packets; give at least a week."_s,
        u"Likes specific asks. Come with one SMART question, not a life story."_s,
        u"Introduced me to two hiring managers. Always report back how it went."_s,
        u"Sessions every other Tuesday. Bring the journal."_s,
        u"Mentioned their kid starts school in September — ask how it went."_s,
        u"Expert in distributed systems; knows everyone in the Berlin scene."_s,
        u"Tea, not coffee. Vegetarian."_s,
        u"Time zone: UTC+9. Mornings for them are evenings for me."_s,
        u"Would sponsor me for the staff role if I lead the migration."_s,
        u"Met at the conference — \"let's keep in touch\" (actually meant it)."_s,
    };
    return notes;
}

const QStringList &summariesFor(InteractionKind kind)
{
    static const QStringList coffee{u"Career check-in"_s, u"Talked promotion timeline"_s,
                                    u"Asked for feedback on my talk proposal"_s, u"Catch-up after the reorg"_s,
                                    u"Discussed switching to management"_s, u"Salary negotiation advice"_s,
                                    u"How to say no to side projects"_s, u"Reviewed my 6-month goals"_s};
    static const QStringList call{u"Quick call about the job offer"_s, u"Reference check prep"_s,
                                  u"Debrief after the interview loop"_s, u"Planning the conference talk"_s};
    static const QStringList video{u"Monthly mentoring session"_s, u"Coaching session: delegation"_s,
                                   u"Therapy session"_s, u"Pairing on the side project"_s,
                                   u"Mock system-design interview"_s};
    static const QStringList email{u"Sent the promo packet draft"_s, u"Thank-you note"_s,
                                   u"Shared the article we discussed"_s, u"Reported back how the advice went"_s};
    static const QStringList message{u"Congrats on the new role!"_s, u"Quick question about Rust lifetimes"_s,
                                     u"Shared a job posting"_s, u"Checked in after the launch"_s};
    static const QStringList meeting{u"Skip-level 1:1"_s, u"Sponsorship review"_s, u"Quarterly career conversation"_s,
                                     u"Calibration prep"_s};
    static const QStringList event{u"Met at the meetup"_s, u"Conference dinner"_s, u"Hackathon demo day"_s,
                                   u"Alumni mixer"_s};
    static const QStringList intro{u"Double opt-in intro to a hiring manager"_s,
                                   u"Introduced two peers working on the same problem"_s,
                                   u"Intro to a potential mentor"_s};
    static const QStringList review{u"Reviewed their résumé"_s, u"Code review on their open source PR"_s,
                                    u"Reviewed my conference abstract"_s, u"Feedback on the design doc"_s};
    static const QStringList other{u"Lunch"_s, u"Walk in the park"_s, u"Bumped into each other"_s};
    switch (kind) {
    case InteractionKind::Coffee: return coffee;
    case InteractionKind::Call: return call;
    case InteractionKind::Video: return video;
    case InteractionKind::Email: return email;
    case InteractionKind::Message: return message;
    case InteractionKind::Meeting: return meeting;
    case InteractionKind::Event: return event;
    case InteractionKind::Intro: return intro;
    case InteractionKind::Review: return review;
    case InteractionKind::Other: return other;
    }
    return other;
}

const QStringList &interactionNotes()
{
    static const QStringList notes{
        u"Advice: write down the decision criteria before the offer arrives. Report back how the advice went."_s,
        u"SMART ask: review my promo doc by Friday, focusing on the impact section."_s,
        u"They offered a double opt-in intro — send a forwardable blurb first."_s,
        u"Key takeaway: ask for the scope, not the title."_s,
        u"Felt heard. Practise the breathing exercise before big meetings."_s,
        u"Suggested reading: \"The Staff Engineer's Path\", chapter 3."_s,
        u"I shared my notes on hiring loops; they want the template."_s,
        u"Follow up with the slides and the recording link."_s,
        u"They're hiring in Q3 — keep it warm, don't push."_s,
        u"Mentioned burnout on their team; offered to listen again next month."_s,
        u"Action items:\n- send the résumé\n- book a mock interview\n- thank Sam for the intro"_s,
    };
    return notes;
}

const QStringList &agendas()
{
    static const QStringList agendas{
        u"1. Update since last time\n2. Ask: feedback on my design doc by next Friday\n3. Their news"_s,
        u"- Promotion case: gaps?\n- Who else should know my work?"_s,
        u"1. Report back how the advice went\n2. Next step on the migration\n3. Book next session"_s,
        u"Ask for one concrete intro (double opt-in)."_s,
        u"- Celebrate the launch\n- Retro: what I'd do differently"_s,
    };
    return agendas;
}

const QStringList &manualReminderReasons()
{
    static const QStringList reasons{
        u"Send the thank-you note"_s, u"Report back how the advice went"_s, u"Share the promo packet draft"_s,
        u"Ask whether the double opt-in intro is OK"_s, u"Congratulate them on the new role"_s,
        u"Send the article we talked about"_s, u"Book the next session"_s, u"Return the book"_s,
    };
    return reasons;
}

} // namespace tend::demo
