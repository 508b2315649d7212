"""The later campaigns: two neighbourhoods in 2017, then two dated from the day of loading.

The participatory budget's next edition and the park campaign are placed around today, so that
whenever the demo is loaded it shows a campaign to come and a campaign in progress.
"""

from datetime import date, timedelta

from .blocks import Doc, kit, resource, resources, step, text, timeline

GROUES = {
    "slug": "les-groues-onzieme-quartier",
    "title": "Les Groues, le onzième quartier de Nanterre",
    "intro": (
        "Un nouveau quartier va naître aux Groues. Habitants, salariés et étudiants ont été "
        "invités à dire ce qu'ils en attendent avant que les plans ne soient arrêtés."
    ),
    "objective": (
        "Imaginer avec celles et ceux qui vivent et travaillent à proximité les usages, les "
        "espaces publics et les équipements du futur onzième quartier."
    ),
    "sectors": ["les-groues"],
    "organizer": "Ville de Nanterre",
    "start": date(2017, 2, 6),
    "end": date(2017, 5, 19),
    "results": None,
    "tags": ["urbanisme", "nouveau quartier"],
    "reference": "PART-2017-02-6",
    "image": ("buildings", "Illustration : des immeubles stylisés de hauteurs variées"),
    "body": [
        text(
            "Un quartier à inventer",
            "<p>Sur d'anciennes emprises d'activités, la ville prépare un quartier mêlant "
            "logements, bureaux, commerces et espaces verts. Comment s'y déplacer ? Quels "
            "services de proximité ? Quelle place pour la nature ?</p>",
        ),
        timeline(
            step("meeting", date(2017, 2, 6), "Réunion publique de lancement"),
            step("debate", date(2017, 2, 6), "Contributions en ligne", end=date(2017, 5, 19)),
            step("meeting", date(2017, 3, 18), "Balade urbaine dans le futur quartier"),
            step("step", date(2017, 6, 20), "Restitution des contributions"),
        ),
    ],
}

BOULE = {
    "slug": "rehabilitation-la-boule",
    "title": "Réhabilitation du quartier de La Boule",
    "intro": (
        "Rues, places, commerces et circulation : les habitants de La Boule ont été consultés "
        "sur la réhabilitation de leur quartier."
    ),
    "objective": (
        "Définir avec les habitants et les commerçants les priorités de la réhabilitation du "
        "quartier de La Boule."
    ),
    "sectors": ["la-boule"],
    "organizer": "Ville de Nanterre",
    "start": date(2017, 9, 25),
    "end": date(2017, 12, 15),
    "results": None,
    "tags": ["urbanisme", "espaces publics", "commerce"],
    "reference": "PART-2017-09-7",
    "image": ("trees", "Illustration : une rangée d'arbres stylisés sur une pelouse"),
    "body": [
        text(
            "Un quartier à réhabiliter",
            "<p>Trottoirs trop étroits, carrefour difficile à traverser, commerces à "
            "soutenir : la concertation a porté sur les usages du quotidien.</p>",
        ),
        timeline(
            step("meeting", date(2017, 9, 25), "Réunion publique d'ouverture"),
            step("debate", date(2017, 9, 25), "Contributions en ligne", end=date(2017, 12, 15)),
            step("meeting", date(2017, 11, 8), "Atelier avec les commerçants"),
            step("step", date(2018, 1, 31), "Restitution des contributions"),
        ),
    ],
}


def participatory_budget(today):
    """The next edition, opening in three weeks."""
    start = today + timedelta(days=21)
    end = start + timedelta(days=90)
    return {
        "slug": "budget-participatif",
        "title": "Budget participatif : la nouvelle édition",
        "intro": (
            "Chaque année depuis 2018, les habitants proposent puis choisissent des projets "
            "financés par la ville. La nouvelle édition ouvre bientôt : préparez vos idées !"
        ),
        "objective": (
            "Confier aux habitants le choix de projets d'investissement utiles à leur quartier "
            "ou à toute la ville."
        ),
        "sectors": ["toute-la-ville"],
        "organizer": "Ville de Nanterre",
        "start": start,
        "end": end,
        "results": None,
        "tags": ["budget participatif"],
        "reference": f"PART-{start:%Y-%m}-8",
        "image": ("coins", "Illustration : des piles de pièces de monnaie"),
        "body": [
            text(
                "Comment ça marche ?",
                "<p>Toute personne qui vit, travaille ou étudie à Nanterre peut déposer une "
                "idée. Les services de la ville étudient la faisabilité de chacune, puis les "
                "habitants votent pour leurs projets préférés.</p>"
                "<p>Pour le vote, une inscription avec un simple pseudonyme suffit : la ville "
                "a renoncé à la validation par courriel, qui décourageait trop de "
                "participants.</p>",
            ),
            timeline(
                step("step", start, "Dépôt des idées", end=start + timedelta(days=41)),
                step("step", start + timedelta(days=42), "Étude de faisabilité par les services"),
                step(
                    "debate",
                    start + timedelta(days=70),
                    "Vote des habitants",
                    end=end,
                ),
                step("decision", end + timedelta(days=14), "Annonce des projets lauréats"),
            ),
        ],
    }


PARK_PROPOSALS = (
    "<ul>"
    "<li>Repenser le parc en pôles d'intérêt</li>"
    "<li>Valoriser les éléments qui seront conservés dans le parc</li>"
    "<li>Mieux comprendre la fréquentation du parc</li>"
    "<li>Faire une place aux animaux du parc</li>"
    "<li>Accueillir la restauration mobile</li>"
    "<li>Valoriser les chantiers de fouille</li>"
    "</ul>"
)


def park(today):
    """The campaign in progress: workshops behind, online contributions now, decision ahead."""
    start = today - timedelta(days=40)
    end = today + timedelta(days=50)
    return {
        "slug": "repenser-le-parc",
        "title": "Repenser le parc",
        "intro": (
            "Pôles d'intérêt, animaux, fréquentation, restauration mobile : le parc se "
            "transforme. Cette concertation reprend les pistes des ateliers de janvier 2019 et "
            "vous invite à les compléter."
        ),
        "objective": (
            "Construire avec les habitants et les usagers le programme d'aménagement du parc "
            "du Quartier du Parc."
        ),
        "sectors": ["quartier-du-parc"],
        "organizer": "L'Agora, maison des initiatives citoyennes",
        "start": start,
        "end": end,
        "results": None,
        "tags": ["nature en ville", "espaces publics", "urbanisme"],
        "reference": f"PART-{start:%Y-%m}-9",
        "image": ("trees", "Illustration : une rangée d'arbres stylisés sur une pelouse"),
        "body": [
            text(
                "Pourquoi cette concertation ?",
                "<p>Le parc est le cœur du quartier. Avant de fixer son aménagement, la ville "
                "veut savoir comment vous l'utilisez et ce que vous voulez y trouver.</p>",
            ),
            text(
                "Ce que les ateliers de 2019 ont déjà proposé",
                "<p>Le 9 janvier 2019, des ateliers ouverts à tous ont fait émerger six "
                f"pistes, que cette concertation reprend :</p>{PARK_PROPOSALS}",
            ),
            timeline(
                step(
                    "meeting",
                    date(2019, 1, 9),
                    "Ateliers de janvier 2019",
                    "<p>Les premières pistes pour le parc.</p>",
                ),
                step("step", start, "Ouverture de la concertation"),
                step("meeting", start + timedelta(days=7), "Atelier dans le parc"),
                step("meeting", start + timedelta(days=21), "Balade commentée du parc"),
                step(
                    "debate",
                    today - timedelta(days=5),
                    "Contributions en ligne",
                    "<p>Proposez, commentez et soutenez les idées pour le parc.</p>",
                    end=end,
                ),
                step("meeting", end + timedelta(days=14), "Réunion publique de restitution"),
                step("decision", end + timedelta(days=45), "Décision du conseil municipal"),
            ),
            kit(
                "<p>Organisez une discussion sur le parc avec vos voisins ou votre "
                "association : le guide vous accompagne pas à pas.</p>",
                [Doc("guide"), Doc("feedback")],
                "<p>Publiez votre fiche de retour comme contribution collective, ou déposez-la "
                "à l'Agora.</p>",
            ),
            resources(
                resource(
                    "sheet",
                    "Le parc en chiffres",
                    "https://example.org/nanterre/parc/fiche",
                    "L'Agora",
                ),
            ),
        ],
    }
