"""Extraction on invented news articles that helpers wrote and labelled without seeing the extractor.

  python experiments/invented_articles.py [--articles experiments/invented_articles.jsonl]

``invented_articles.jsonl`` holds 1,052 invented articles (one per line: ``id``, ``batch``, ``text``, ``items``), each
item a quote span (``start``, ``end``, ``quote``) with ``direct``, ``speaker`` and ``target`` as
``data/GUIDELINES.md`` asks. Helpers wrote and labelled them from the guidelines alone, one batch each, without
seeing the extractor: wire stories with datelines (batch A), reports of UN Security Council meetings,
community-news pieces and analyses with transcripts (B) and ordinary international news (C), which the
thirty-eighth round of rules developed on (C first scored once, blind); then D to H, each scored once, blind, at
the end of a round and developed on in the next (D after the thirty-eighth, E after the thirty-ninth, F after the
fortieth, G after the forty-second, H after the forty-fifth). In the forty-sixth round: newspaper features (I) and
broadcaster web copy with dash and colon attributions (J), scored once, blind, at its start and developed on; then
wire and foreign-desk copy (K) and agency copy with headlines (L), scored once, blind, midway through it (K before
its last five commits, L before its last four) and developed on; and wire copy with headlines (M) and long
analyses (N), scored once, blind, near its end and developed on for its last five rules. In the forty-seventh:
broadcaster transcripts with colon clips (O), an Asian or African daily's formal copy (P) and live blogs (Q), scored
once, blind, at its start and developed on; then world-in-brief round-ups (R) and investigative features with
anonymous sources and documents (S), scored once, blind, midway through it and developed on; and foreign-desk
reports (T) and a regional paper's politics pages (U), scored once, blind, at its end; the forty-eighth developed
on T and U and on an agency's Spanish and Portuguese desk in translation (V), scored once, blind, at its start,
and scored a weekly magazine's world section (W) once, blind, at its end. The forty-ninth developed on a wire
service's Africa desk (X), a British broadsheet's foreign pages (Y) and an Asia-Pacific broadcaster's web news (Z),
then on a Latin America service (AA), a Gulf-based daily (AB) and a Caucasus and Central Asia desk (AC), each scored
once, blind, when it arrived; and scored a South Asian daily (AD) and a European broadcaster's Brussels coverage
(AE) once, blind, at its end. A US paper's national-security desk (AF), wire stories built on state media (AG) and an
Israeli daily's live news (AH) were scored once, blind, at that end; the fiftieth developed on AD to AH. The
fifty-first developed on a Kyiv war desk (AI), a Manila and Taipei outlet (AJ), a Sahel desk in translation (AK), a
Seoul agency's North Korea desk (AL), a Balkans service (AM) and a Horn of Africa desk (AN); the fifty-second on a
Latin American daily (AO), a Brussels EU outlet (AP), a South Asia wire bureau (AQ), a Gulf and Iran desk (AR), a
Canadian and Nordic broadcaster (AS) and an Australian and Pacific desk (AT); the fifty-third on a Turkish daily (AU),
a German broadcaster (AV), a francophone Central African site (AW), a Japanese daily (AX), a US cable network (AY)
and a Central Asia service (AZ); each scored once, blind, at its round's start. A Lagos daily (BA), a Jakarta and
Kuala Lumpur daily (BB), UN News stories (BC), a Cairo daily (BD), a Nicosia and Athens paper (BE) and a Caribbean
service (BF) were scored once, blind, at the fifty-third's end. The fifty-fourth developed on a Warsaw and Baltic
service (BG), a Jerusalem daily (BH), a Hanoi agency (BI), a London broadsheet (BJ), a South Caucasus site (BK) and a
Maghreb site (BL), then on a New Delhi daily (BM), a Latin American wire (BN), a Hong Kong China desk (BO), a US
national-security desk (BP), an East African weekly (BQ) and a Nordic and Arctic service (BR), each scored once,
blind, when it arrived; a Kyiv site (BS), an Ankara daily (BT), a Sahel site in translation (BU), a Tehran daily
(BV), an Australian Pacific desk (BW) and an international-organisations desk (BX) were scored once, blind, at its
end. The fifty-fifth developed on those six and on sixteen more, each scored once, blind, when it arrived: an
Islamabad daily (BY), a Johannesburg daily (BZ), a Singapore daily (CA), a Paris wire (CB), a Baghdad and Erbil
service (CC), a Moscow state agency (CD), a Capitol Hill paper (CE) and a Brasilia service (CF); then a Dublin
broadsheet (CG), a Bangkok daily (CH), a Seoul daily (CI), an Addis Ababa outlet (CJ), a Mexico City site (CK), a
Toronto paper (CL), a Doha channel's website (CM) and a US metropolitan paper's diaspora pages (CN). A Buenos Aires
weekly (CO), a Madrid daily (CP), an Italian agency (CQ), a Dhaka daily (CR), a Colombo and Male site (CS), a Beirut
daily (CT), a Taipei daily (CU) and a business wire's trade desk (CV) were scored once, blind, at its end. The
fifty-sixth developed on those eight and on eight more, each scored once, blind, when it arrived: a Tokyo daily
(CW), an Afghan exile outlet (CX), a South Caucasus site (CY), a Gulf daily (CZ), a Caribbean service with a Havana
correspondent (DA), live blogs (DB), an Accra and Dakar service (DC) and a small-states desk from Kathmandu,
Ulaanbaatar and Astana (DD). A sports-diplomacy desk (DE), an international courts desk (DF), a magazine's
interview pages (DG), a British tabloid (DH), a Damascus site (DI), a North Korea monitoring site (DJ), a Minsk and
Chisinau desk (DK) and a Nuuk and Copenhagen Arctic service (DL) were scored once, blind, at its end. The
fifty-seventh developed on those eight and on eight more, each scored once, blind, when it arrived: a Myanmar exile
outlet (DM), a humanitarian news agency (DN), a defence trade publication (DO), a Balkans service (DP), a Great Lakes
service (DQ), a US cable network's White House coverage (DR), a Central Asian agency (DS) and a Sudan service (DT).
A Melanesian service (DU), an Andean and Caribbean-basin service (DV), an Eastern Mediterranean daily (DW), a Vatican
news service (DX), a shipping trade publication's security desk (DY), an Indian Ocean site (DZ), a wire's State
Department beat (EA) and a Haiti service (EB) were scored once, blind, at its end. The fifty-eighth developed on
those eight and on sixteen more, each scored once, blind, when it arrived: a Libya site (EC), a Yemen and Red Sea
desk (ED), a Central European outlet (EE), a Somalia site (EF), a radio network's interview summaries (EG), a
conference and think-tank desk (EH), a Chinese state agency's English service (EI), a Central American service (EJ),
a Palestinian agency (EK), a London-based Iranian exile outlet (EL), a Lithuanian portal (EM), a southern African
service (EN), a Cambodian outlet (EO), a Central African service (EP), a legal-news wire (EQ) and a climate-talks
desk (ER). An Armenian diaspora weekly (ES), a rights-focused Asian service (ET), a Barents outlet (EU), a Latin
American state broadcaster (EV), a Mindanao site (EW), a non-proliferation newsletter (EX), a Micronesian service
(EY) and a magazine's long-form profiles (EZ) were scored once, blind, at its end. Later batches are added the same
way. Batch B names the
speakers of Security Council meetings ``<Country> representative``, as the guidelines do for the council's own
speech records, where the gold of news articles names the ambassador. The script runs the extractor on them and
prints, per batch and in all, the figures ``evaluate --extraction`` prints for the gold (spans at IoU >= 0.5,
speaker and target accuracy). Run it at another commit (``git worktree add``, ``PYTHONPATH``) to compare.
"""
from __future__ import annotations

import argparse

from diplostance.extraction_eval import score
from diplostance.io import iter_jsonl
from diplostance.errors import DataError
from diplostance.pipeline import Extractor


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default="experiments/invented_articles.jsonl")
    rows, problems = [], []
    for _, rec, problem in iter_jsonl(ap.parse_args().articles):
        (problems.append(problem) if problem else rows.append(rec))
    if problems:
        raise DataError(problems)
    extractor = Extractor()
    pred = {r["id"]: extractor.extract(r["text"]) for r in rows}
    for batch in [*sorted({r["batch"] for r in rows}, key=lambda b: (len(b), b)), "all"]:
        gold = {r["id"]: r["items"] for r in rows if batch in ("all", r["batch"])}
        m = score({k: pred[k] for k in gold}, gold)["all"]
        print(f"{batch:>3}: {len(gold)} articles, spans P/R/F1 "
              f"{m['precision']:.3f}/{m['recall']:.3f}/{m['f1']:.3f} "
              f"({m['matched']} of {m['gold']} found, {m['predicted']} predicted); speaker "
              f"{m['speaker_accuracy']:.3f} (lenient {m['speaker_accuracy_lenient']:.3f}); target "
              f"{m['target_accuracy']:.3f} (n={m['target_n']}); gold-empty target {m['target_accuracy_gold_empty']:.3f}")


if __name__ == "__main__":
    main()
