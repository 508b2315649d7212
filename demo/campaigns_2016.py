"""Four projects of the platform's first year, from association training to fibre."""

from datetime import date

from .blocks import results, step, text, timeline

TRAINING = {
    "slug": "plan-de-formation-des-associations",
    "title": "Plan de formation des associations : vos priorités",
    "intro": (
        "Salariés et bénévoles des associations nanterriennes ont voté pour les formations "
        "qu'ils jugent prioritaires."
    ),
    "objective": (
        "Construire le plan de formation des salariés et bénévoles associatifs à partir de "
        "leurs besoins réels."
    ),
    "sectors": ["toute-la-ville"],
    "organizer": "Ville de Nanterre",
    "start": date(2016, 9, 19),
    "end": date(2016, 10, 21),
    "results": None,
    "tags": ["vie associative", "formation"],
    "reference": "PART-2016-09-2",
    "image": ("people", "Illustration : des pastilles de couleur réunies autour d'une table ovale"),
    "body": [
        text(
            "Un vote pour fixer les priorités",
            "<p>Gestion et comptabilité, recherche de financements, communication numérique, "
            "accueil des nouveaux bénévoles : chaque association a pu classer les thèmes de "
            "formation qui lui seraient les plus utiles.</p>",
        ),
        timeline(
            step("debate", date(2016, 9, 19), "Vote en ligne", end=date(2016, 10, 21)),
            step("decision", date(2016, 12, 5), "Présentation du plan de formation"),
        ),
    ],
}

PARK_RENEWAL = {
    "slug": "renouvellement-urbain-quartier-du-parc",
    "title": "Renouvellement urbain du Quartier du Parc",
    "intro": (
        "Trois concertations successives pour préparer la transformation du Quartier du Parc, "
        "un projet de plusieurs millions d'euros dont plusieurs volets restaient à définir."
    ),
    "objective": (
        "Associer les habitants du Quartier du Parc à la définition du projet de renouvellement "
        "urbain : logements, espaces publics et équipements."
    ),
    "sectors": ["quartier-du-parc"],
    "organizer": "Ville de Nanterre",
    "start": date(2016, 3, 21),
    "end": date(2016, 11, 25),
    "results": None,
    "tags": ["urbanisme", "rénovation urbaine", "logement"],
    "reference": "PART-2016-03-3",
    "image": ("buildings", "Illustration : des immeubles stylisés de hauteurs variées"),
    "body": [
        text(
            "Un projet construit par étapes",
            "<p>Le projet engage plusieurs millions d'euros sur de nombreuses années. Une "
            "partie en était arrêtée ; d'autres volets restaient ouverts. Chaque concertation "
            "a porté sur l'un d'eux.</p>",
        ),
        timeline(
            step(
                "debate",
                date(2016, 3, 21),
                "Première concertation : le diagnostic partagé",
                end=date(2016, 4, 29),
            ),
            step(
                "debate",
                date(2016, 6, 6),
                "Deuxième concertation : les espaces publics",
                end=date(2016, 7, 8),
            ),
            step(
                "debate",
                date(2016, 10, 3),
                "Troisième concertation : les équipements du quartier",
                end=date(2016, 11, 25),
            ),
            step("meeting", date(2016, 12, 8), "Réunion publique de restitution"),
        ),
    ],
}

PAPETERIES = {
    "slug": "papeteries-de-la-seine",
    "title": "Réhabilitation des Papeteries de la Seine : concertation préalable",
    "intro": (
        "Avant que le projet ne soit arrêté, la ville a invité les habitants à donner leur avis "
        "sur l'avenir de l'ancien site industriel des Papeteries de la Seine."
    ),
    "objective": (
        "Recueillir les attentes des habitants sur la réhabilitation du site des Papeteries de "
        "la Seine avant d'en fixer le programme."
    ),
    "sectors": ["bords-de-seine"],
    "organizer": "Ville de Nanterre",
    "start": date(2016, 5, 30),
    "end": date(2016, 7, 1),
    "results": None,
    "tags": ["urbanisme", "patrimoine industriel", "concertation préalable"],
    "reference": "PART-2016-05-4",
    "image": ("waves", "Illustration : des vagues bleues et la silhouette d'une cheminée d'usine"),
    "body": [
        text(
            "Une concertation avant le projet",
            "<p>Une concertation préalable a lieu quand rien n'est encore décidé : c'est le "
            "moment où l'avis des habitants peut le plus peser sur le programme. Que garder du "
            "bâti industriel ? Quelle place pour les bords de Seine ? Quels usages "
            "imaginer ?</p>",
        ),
        timeline(
            step("meeting", date(2016, 5, 30), "Réunion publique d'ouverture"),
            step("debate", date(2016, 6, 1), "Contributions en ligne", end=date(2016, 7, 1)),
            step(
                "decision",
                date(2016, 9, 26),
                "Bilan de la concertation présenté au conseil municipal",
            ),
        ),
    ],
}

FIBRE = {
    "slug": "la-fibre-pour-tous",
    "title": "La fibre pour tous à Nanterre",
    "intro": (
        "Un appel à manifestation d'intérêt pour le très haut débit : les foyers ont placé leur "
        "adresse sur une carte collaborative pour demander à être raccordés à la fibre."
    ),
    "objective": (
        "Mesurer, rue par rue, la demande de raccordement à la fibre optique pour convaincre "
        "les opérateurs d'équiper toute la ville."
    ),
    "sectors": ["toute-la-ville"],
    "organizer": "Ville de Nanterre",
    "start": date(2016, 11, 14),
    "end": date(2017, 4, 28),
    "results": date(2017, 6, 12),
    "tags": ["numérique", "carte collaborative"],
    "reference": "PART-2016-11-5",
    "image": ("network", "Illustration : des points reliés par des lignes, comme un réseau"),
    "body": [
        text(
            "Placez votre adresse sur la carte",
            "<p>Chaque foyer qui souhaitait la fibre plaçait son adresse sur la carte "
            "collaborative. Les adresses exactes n'ont jamais été publiées : la carte publique "
            "ne montrait que le nombre de demandes par secteur.</p>",
        ),
        timeline(
            step("step", date(2016, 11, 14), "Ouverture de l'appel à manifestation d'intérêt"),
            step(
                "debate",
                date(2016, 11, 14),
                "Inscription des foyers sur la carte collaborative",
                end=date(2017, 4, 28),
            ),
            step("decision", date(2017, 6, 12), "Publication du bilan"),
        ),
        results(
            "<p>La carte des demandes a montré une attente forte dans tous les quartiers, y "
            "compris là où aucun déploiement n'était prévu.</p>",
            [("Plus de 2\u00a0000", "foyers ont demandé la fibre")],
            [
                (
                    "La carte des demandes transmise aux opérateurs",
                    "Elle sert de base aux discussions sur le calendrier de déploiement.",
                )
            ],
        ),
    ],
}

CAMPAIGNS_2016 = [TRAINING, PARK_RENEWAL, PAPETERIES, FIBRE]
