"""The facts an analyst checks first in the two UK-Iraq documents, asked through the API: the
Home Secretary's visit to Iraq and the Kurdistan Region (November 2024) and the two Prime
Ministers' meeting in Downing Street (January 2025).

Each assertion is what the document's text says (seed/corpus/<source>.txt); the reading
behind it is in seed/corpus/<source>.md. Each test looks only at what one source states, so
a later document's citations of the same nodes do not change it.
"""

from __future__ import annotations

from typing import Any

from tests.support.facts import (
    data,
    event,
    initiative,
    quotes,
    roles_stated_by,
    sources_of,
    stated_by,
    steps_from,
)
from tests.support.fixture_types import Gql

NOVEMBER = "2024-11-28-uk-iraq-border-security-agreement"
JANUARY = "2025-01-14-pm-meeting-al-sudani-iraq"
VISIT = "home-secretary-visit-to-iraq-and-kri"
JOINT_STATEMENT = "uk-iraq-border-security-joint-statement"
MEETING = "pm-meeting-with-prime-minister-al-sudani-downing-street"


def the_stream(initiative_facts: dict[str, Any], source: str) -> dict[str, Any]:
    """The one funding stream this source says pays for the initiative."""
    links = initiative_facts["fundingWithEvidence"]
    [stream] = [link["node"] for link in links if stated_by([link], source)]
    return dict(stream)


# -- 2024-11-28: the Home Secretary's visit to Iraq and the KRI -------------------------------


def test_yvette_cooper_signed_the_border_security_joint_statement_of_iraq_and_the_uk_government(
    gql: Gql,
) -> None:
    # "A world-first security agreement has been reached between Iraq and the UK government";
    # "As part of the programme the Home Secretary: - signed a joint statement on border security"
    joint = initiative(gql, JOINT_STATEMENT)
    assert (joint["kind"], joint["status"]) == ("statement", "signed")
    assert roles_stated_by(joint["participants"], NOVEMBER) == {
        ("yvette-cooper", "SIGNATORY"),
        ("IQ", "PARTNER"),
        ("uk-government", "PARTNER"),
    }
    assert steps_from(joint["history"], NOVEMBER) == [("SIGNED", "2024-11-28", "INFERRED", "DAY")]
    assert stated_by(joint["eventsWithEvidence"], NOVEMBER) == {VISIT}


def test_yvette_cooper_commits_up_to_300000_pounds_to_train_iraq_law_enforcement(
    gql: Gql,
) -> None:
    # "committed to providing up to £300,000 for Iraq law enforcement training in border
    # security ... will increase the capacity and capability of Iraq’s law enforcement"
    training = initiative(gql, "iraq-law-enforcement-border-security-training")
    assert (training["kind"], training["status"]) == ("training", "announced")
    assert training["audiences"] == ["Iraq law enforcement"]
    assert roles_stated_by(training["participants"], NOVEMBER) == {
        ("yvette-cooper", "FUNDER"),
        ("IQ", "BENEFICIARY"),
    }
    assert stated_by(training["targetsWithEvidence"], NOVEMBER) == {"IQ"}
    stream = the_stream(training, NOVEMBER)
    assert stream["amount"] == {"amount": 300000.0, "currency": "GBP", "qualifier": "up to"}
    assert stream["stage"] == "committed"
    assert stated_by(stream["fundersWithEvidence"], NOVEMBER) == {"yvette-cooper"}
    assert stated_by(stream["allocatedToWithEvidence"], NOVEMBER) == {"IQ"}
    assert steps_from(training["history"], NOVEMBER) == [
        ("ANNOUNCED", "2024-11-28", "INFERRED", "DAY")
    ]


def test_the_uk_government_pledges_200000_pounds_for_border_security_projects_in_the_kri(
    gql: Gql,
) -> None:
    # "the UK government has pledged £200,000 to support projects in the KRI"
    projects = initiative(gql, "kri-border-security-projects")
    assert roles_stated_by(projects["participants"], NOVEMBER) == {("uk-government", "FUNDER")}
    assert stated_by(projects["targetsWithEvidence"], NOVEMBER) == {"kurdistan-region-of-iraq"}
    stream = the_stream(projects, NOVEMBER)
    assert stream["amount"] == {"amount": 200000.0, "currency": "GBP", "qualifier": None}
    assert stream["stage"] == "pledged"
    assert stated_by(stream["fundersWithEvidence"], NOVEMBER) == {"uk-government"}
    assert stated_by(stream["allocatedToWithEvidence"], NOVEMBER) == {"kurdistan-region-of-iraq"}


def test_the_other_300000_pounds_for_capacity_building_in_iraq_names_no_one_who_pays(
    gql: Gql,
) -> None:
    # "£300,000 will also be allocated to capacity building in Iraq": a second sum ("also"),
    # and the text does not say who allocates it.
    building = initiative(gql, "iraq-serious-organised-crime-capacity-building")
    assert roles_stated_by(building["participants"], NOVEMBER) == {("IQ", "BENEFICIARY")}
    stream = the_stream(building, NOVEMBER)
    assert stream["id"] != "iraq-law-enforcement-border-security-training-funding"
    assert stream["amount"] == {"amount": 300000.0, "currency": "GBP", "qualifier": None}
    assert stream["fundersWithEvidence"] == []


def test_the_declaration_of_intent_on_serious_organised_crime_pledges_the_uk_and_iraq(
    gql: Gql,
) -> None:
    # "signed a declaration of intent on serious organised crime: pledges from both the UK and
    # Iraq to build on operational and bilateral co-operation": the co-operation it builds on
    # is not a commitment the graph holds, so it builds on none.
    declaration = initiative(gql, "uk-iraq-serious-organised-crime-declaration-of-intent")
    assert roles_stated_by(declaration["participants"], NOVEMBER) == {
        ("yvette-cooper", "SIGNATORY"),
        ("GB", "PARTNER"),
        ("IQ", "PARTNER"),
    }
    assert steps_from(declaration["history"], NOVEMBER) == [
        ("SIGNED", "2024-11-28", "INFERRED", "DAY")
    ]
    assert declaration["buildsOnWithEvidence"] == []


def test_yvette_cooper_and_martin_hewitt_visited_both_governments_of_iraq_and_the_kri(
    gql: Gql,
) -> None:
    # "Home Secretary Yvette Cooper visited Iraq and the Kurdistan Region of Iraq (KRI) this
    # week ... She was accompanied by the UK government’s Border Security Commander, Martin
    # Hewitt ... spoke to ministers from the Federal Government of Iraq and met ministers in
    # the Kurdistan Regional Government." The text gives the visit no date.
    visit = event(gql, VISIT)
    assert (visit["kind"], visit["startDate"]) == ("visit", None)
    assert roles_stated_by(visit["attendance"], NOVEMBER) == {
        ("yvette-cooper", "attendee"),
        ("martin-hewitt", "attendee"),
        ("federal-government-of-iraq", "attendee"),
        ("kurdistan-regional-government", "attendee"),
    }
    assert stated_by(visit["initiativesWithEvidence"], NOVEMBER) == {
        JOINT_STATEMENT,
        "iraq-law-enforcement-border-security-training",
        "kri-border-security-projects",
        "uk-iraq-serious-organised-crime-declaration-of-intent",
        "iraq-serious-organised-crime-capacity-building",
    }
    # the January readout's "the Home Secretary’s visit to Iraq in November" is this visit
    assert {NOVEMBER, JANUARY} <= sources_of(visit)


# -- 2025-01-14: the Prime Ministers' meeting in Downing Street -------------------------------


def test_the_iraq_people_smuggling_work_builds_on_the_november_joint_statement(gql: Gql) -> None:
    work = initiative(gql, "uk-iraq-people-smuggling-cooperation")
    assert stated_by(work["buildsOnWithEvidence"], JANUARY) == {JOINT_STATEMENT}
    [quote] = quotes(work["buildsOnWithEvidence"], JOINT_STATEMENT, JANUARY)
    assert quote == (
        "They welcomed the progress on border security made during the Home Secretary’s visit "
        "to Iraq in November and committed to working even more closely to disrupt people "
        "smuggling networks."
    )
    # "The leaders ... committed": the two Prime Ministers, at the meeting
    assert roles_stated_by(work["participants"], JANUARY) == {
        ("prime-minister", "PARTNER"),
        ("mohammed-shia-al-sudani", "PARTNER"),
    }
    assert steps_from(work["history"], JANUARY) == [("AGREED", "2025-01-14", "INFERRED", "DAY")]


def test_the_leaders_state_their_intent_towards_a_uk_iraq_returns_agreement_at_the_meeting(
    gql: Gql,
) -> None:
    # "the leaders discussed their intent to work towards a new and ambitious returns agreement
    # between the UK and Iraq": announced, nothing agreed, and tied to no earlier work.
    returns = initiative(gql, "uk-iraq-returns-agreement")
    assert (returns["kind"], returns["status"]) == ("agreement", "announced")
    assert roles_stated_by(returns["participants"], JANUARY) == {
        ("GB", "PARTNER"),
        ("IQ", "PARTNER"),
        ("prime-minister", "PARTNER"),
        ("mohammed-shia-al-sudani", "PARTNER"),
    }
    assert stated_by(returns["eventsWithEvidence"], JANUARY) == {MEETING}
    assert steps_from(returns["history"], JANUARY) == [
        ("ANNOUNCED", "2025-01-14", "INFERRED", "DAY")
    ]
    assert returns["buildsOnWithEvidence"] == []


def test_the_partnership_and_cooperation_agreement_was_signed_on_the_day_of_the_meeting(
    gql: Gql,
) -> None:
    # "the signing of the landmark Partnership and Cooperation Agreement today", in a readout
    # whose text gives no date (the day is the header's)
    agreement = initiative(gql, "uk-iraq-partnership-and-cooperation-agreement")
    assert (agreement["kind"], agreement["status"]) == ("agreement", "signed")
    assert roles_stated_by(agreement["participants"], JANUARY) == {
        ("GB", "PARTNER"),
        ("IQ", "PARTNER"),
    }
    assert steps_from(agreement["history"], JANUARY) == [
        ("SIGNED", "2025-01-14", "INFERRED", "DAY")
    ]
    [signed] = agreement["history"]
    assert signed["citation"]["quote"].endswith("Partnership and Cooperation Agreement today")


def test_prime_minister_al_sudani_of_iraq_met_the_prime_minister_in_downing_street(
    gql: Gql,
) -> None:
    answer = data(
        gql,
        """query($meeting: ID!) {
             meeting: event(id: $meeting) { location startDate
               attendance { role actor { id } evidence { source { id } quote } } }
             sudani: node(id: "mohammed-shia-al-sudani") { ... on Official {
               name title countryWithEvidence { node { id } evidence { source { id } quote } } } }
           }""",
        {"meeting": MEETING},
    )
    meeting, sudani = answer["meeting"], answer["sudani"]
    assert (meeting["location"], meeting["startDate"]) == ("Downing Street", "2025-01-14")
    assert roles_stated_by(meeting["attendance"], JANUARY) == {
        ("prime-minister", "attendee"),
        ("mohammed-shia-al-sudani", "attendee"),
    }
    # "Prime Minister of Iraq Mohammed Shia’ Al-Sudani", spelled as the text spells it
    assert (sudani["name"], sudani["title"]) == (
        "Mohammed Shia’ Al-Sudani",
        "Prime Minister of Iraq",
    )
    assert stated_by(sudani["countryWithEvidence"], JANUARY) == {"IQ"}
