"""The facts an analyst checks first in the four UK-France documents of July and August 2025,
asked through the API: the Prime Minister's call with President Macron (5 July), their
meeting in Downing Street (9 July), the deal on Channel crossings (10 July) and the treaty
that put the returns pilot in force (5 August).

Each assertion is what the document's text says (seed/corpus/<source>.txt); the reading
behind it is in seed/corpus/<source>.md. Each test looks only at what one source states.
"""

from __future__ import annotations

from tests.support.facts import (
    data,
    event,
    initiative,
    roles_stated_by,
    sources_of,
    stated_by,
    steps_from,
)
from tests.support.fixture_types import Gql

CALL_SOURCE = "2025-07-05-pm-call-president-macron"
MEETING_SOURCE = "2025-07-09-pm-meeting-president-macron"
DEAL = "2025-07-10-uk-france-major-deal-channel-crossings"
TREATY = "2025-08-05-uk-france-treaty-in-force"
PILOT = "uk-france-returns-pilot"
CITED = "evidence { source { id } quote }"


def test_the_prime_minister_spoke_to_president_macron_of_france_on_5_july_2025(gql: Gql) -> None:
    # "PM call with President Macron of France: 5 July 2025 / The Prime Minister spoke to the
    # President of France Emmanuel Macron this morning."
    answer = data(
        gql,
        f"""{{ call: event(id: "pm-call-with-president-macron-2025-07-05") {{
                 kind startDate attendance {{ role actor {{ id }} {CITED} }} }}
               macron: node(id: "emmanuel-macron") {{ ... on Official {{
                 name title countryWithEvidence {{ node {{ id }} {CITED} }} }} }} }}""",
    )
    call, macron = answer["call"], answer["macron"]
    assert (call["kind"], call["startDate"]) == ("call", "2025-07-05")
    assert roles_stated_by(call["attendance"], CALL_SOURCE) == {
        ("prime-minister", "attendee"),
        ("emmanuel-macron", "attendee"),
    }
    assert (macron["name"], macron["title"]) == ("Emmanuel Macron", "President of France")
    assert stated_by(macron["countryWithEvidence"], CALL_SOURCE) == {"FR"}


def test_the_uk_france_summit_on_the_thursday_after_the_call_is_the_37th_on_10_july(
    gql: Gql,
) -> None:
    # The call (Saturday 5 July 2025): "the UK-France Summit on Thursday"; the meeting: "the
    # 37th UK-France Summit taking place tomorrow". One summit, still ahead in both texts.
    summit = event(gql, "37th-uk-france-summit")
    assert (summit["kind"], summit["startDate"]) == ("summit", "2025-07-10")
    assert {CALL_SOURCE, MEETING_SOURCE} <= sources_of(summit)
    assert summit["attendance"] == []


def test_the_prime_minister_met_president_macron_in_downing_street_on_small_boat_crossings(
    gql: Gql,
) -> None:
    # "The Prime Minister met the French President Emmanuel Macron in Downing Street"; "The
    # leaders agreed tackling the threat of irregular migration and small boat crossings is a
    # shared priority". No date in the text: the summit "tomorrow" is 10 July.
    meeting = event(gql, "pm-meeting-with-president-macron-downing-street")
    assert (meeting["kind"], meeting["location"], meeting["startDate"]) == (
        "meeting",
        "Downing Street",
        "2025-07-09",
    )
    assert roles_stated_by(meeting["attendance"], MEETING_SOURCE) == {
        ("prime-minister", "attendee"),
        ("emmanuel-macron", "attendee"),
    }
    assert stated_by(meeting["topicsWithEvidence"], MEETING_SOURCE) == {"small-boat-crossings"}
    # "They reflected on the State Visit of the President so far"
    visit = event(gql, "state-visit-of-president-macron-to-the-uk")
    assert roles_stated_by(visit["attendance"], MEETING_SOURCE) == {("emmanuel-macron", "attendee")}


def test_edf_takes_a_stake_in_sizewell_c_for_the_uks_energy_security(gql: Gql) -> None:
    # "the news that EDF would take a 12.5% stake in Sizewell C leading to lower bills, more
    # jobs and better energy security for the UK"; the text does not say when.
    stake = initiative(gql, "edf-sizewell-c-stake")
    assert (stake["kind"], stake["status"]) == ("funding package", "announced")
    assert roles_stated_by(stake["participants"], MEETING_SOURCE) == {
        ("edf", "FUNDER"),
        ("sizewell-c", "BENEFICIARY"),
    }
    assert stated_by(stake["targetsWithEvidence"], MEETING_SOURCE) == {"GB"}
    assert stake["history"] == []


def test_keir_starmer_and_president_macron_agreed_the_returns_pilot_in_july_2025(gql: Gql) -> None:
    # "The Prime Minister and French President Emmanuel Macron have agreed to take forward a
    # groundbreaking partnership"; "Both countries are working to implement the pilot"; the
    # text names the Prime Minister ("Prime Minister Keir Starmer said:") but gives no date.
    pilot = initiative(gql, PILOT)
    assert steps_from(pilot["history"], DEAL) == [("AGREED", "2025-07-10", "INFERRED", "DAY")]
    [agreed] = [e for e in pilot["history"] if e["kind"] == "AGREED"]
    assert {a["id"] for a in agreed["actors"]} == {"keir-starmer", "emmanuel-macron"}
    assert roles_stated_by(pilot["participants"], DEAL) == {
        ("GB", "IMPLEMENTER"),
        ("FR", "IMPLEMENTER"),
    }
    assert stated_by(pilot["topicsWithEvidence"], DEAL) == {"small-boat-crossings"}
    # "a crucial further step" names no earlier work: not linked to Day 1's joint work
    assert pilot["buildsOnWithEvidence"] == []


def test_the_treaty_puts_the_returns_pilot_in_force_on_5_august_2025(gql: Gql) -> None:
    # "The treaty provides a legal basis for the groundbreaking UK-France 'one-in, one-out'
    # pilot scheme"; "taken today by the ratification of a treaty between the UK and France";
    # "Home Secretary Yvette Cooper and French Interior Minister Bruno Retailleau signed the
    # final text last week"; "The EU Commission, Germany and other partners have given the
    # green light"; "returned to France by the UK government".
    pilot = initiative(gql, PILOT)
    assert {DEAL, TREATY} <= sources_of(pilot)  # one commitment, from the deal to the treaty
    # the treaty's final text "signed ... last week": the week of 28 July, before 5 August
    assert steps_from(pilot["history"], TREATY) == [
        ("SIGNED", "2025-07-28", "INFERRED", "WEEK"),
        ("IN_FORCE", "2025-08-05", "INFERRED", "DAY"),
    ]
    assert pilot["status"] == "in_force"
    assert roles_stated_by(pilot["participants"], TREATY) == {
        ("GB", "SIGNATORY"),
        ("FR", "SIGNATORY"),
        ("yvette-cooper", "SIGNATORY"),
        ("bruno-retailleau", "SIGNATORY"),
        ("eu-commission", "PARTNER"),
        ("DE", "PARTNER"),
        ("uk-government", "IMPLEMENTER"),
    }


def test_the_french_government_cracks_down_on_small_boats_apart_from_the_pilot(gql: Gql) -> None:
    # "The French government are working to implement new ways of cracking down on small
    # boats, including a review of their maritime tactics": the text ties it to no pilot.
    crackdown = initiative(gql, "french-small-boats-crackdown")
    assert (crackdown["kind"], crackdown["status"]) == ("policy", "in_progress")
    assert roles_stated_by(crackdown["participants"], DEAL) == {("french-government", "LEAD")}
    assert crackdown["buildsOnWithEvidence"] == crackdown["builtOnByWithEvidence"] == []
    assert crackdown["contributesToWithEvidence"] == []


def test_bruno_retailleau_is_the_interior_minister_of_france(gql: Gql) -> None:
    retailleau = data(
        gql,
        f"""{{ node(id: "bruno-retailleau") {{ ... on Official {{
             name title countryWithEvidence {{ node {{ id }} {CITED} }} }} }} }}""",
    )["node"]
    assert (retailleau["name"], retailleau["title"]) == ("Bruno Retailleau", "Interior Minister")
    assert stated_by(retailleau["countryWithEvidence"], TREATY) == {"FR"}
