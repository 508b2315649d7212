"""The platform's first campaign, the Assises pour la Ville: the showcase of every block."""

from datetime import date

from .blocks import Doc, documents, kit, podcast, resource, resources, results, step, text, timeline
from .files import JINGLE_SECONDS

EX = "https://example.org/nanterre"

ASSISES_TRANSCRIPT = (
    "<p><b>Animatrice :</b> Bonjour et bienvenue sur Radio Agora, la radio citoyenne de "
    "Nanterre. Aujourd'hui, on parle des Assises pour la Ville : dix semaines pendant "
    "lesquelles les habitants ont dit quelle ville ils voulaient.</p>"
    "<p><b>Une habitante du Petit-Nanterre :</b> On s'est retrouvés à douze dans mon salon, "
    "avec le kit. On a parlé des transports, des jeunes, des commerces. Ce qui m'a plu, c'est "
    "qu'on a tout écrit et que notre synthèse est en ligne, avec le nom de notre groupe.</p>"
    "<p><b>Un ambassadeur des Assises :</b> Mon rôle, c'était d'aller au marché et en bas des "
    "immeubles pour expliquer la démarche. Beaucoup de gens pensaient que leur avis ne "
    "comptait pas. Quand ils ont vu les 351 contributions, ils ont changé d'avis.</p>"
    "<p><b>Animatrice :</b> La synthèse de toutes les contributions est publiée sur la page "
    "de la campagne. Merci à vous deux, et à bientôt sur Radio Agora.</p>"
)

ASSISES = {
    "slug": "assises-pour-la-ville",
    "title": "Les Assises pour la Ville : Nanterre change, avec vous !",
    "intro": (
        "Pour la sixième édition des Assises pour la Ville, les habitants ont débattu, proposé "
        "et partagé les synthèses de leurs ateliers pour redessiner ensemble le projet de "
        "Nanterre."
    ),
    "objective": (
        "Redéfinir le projet d'une ville pour toutes et tous dans un contexte nouveau : nouvelle "
        "organisation territoriale, baisse des finances publiques, logements neufs, quartiers "
        "rénovés, nouveaux transports et ouverture de l'Arena."
    ),
    "sectors": ["toute-la-ville"],
    "organizer": "Ville de Nanterre",
    "start": date(2016, 3, 7),
    "end": date(2016, 5, 21),
    "results": date(2016, 7, 4),
    "tags": ["projet de ville", "démocratie locale"],
    "reference": "PART-2016-03-1",
    "image": ("bubbles", "Illustration : des cercles de couleur qui se chevauchent"),
    "body": [
        text(
            "Nanterre change, avec vous !",
            "<p>Du 7 mars au 15 avril, chacun pouvait débattre en ligne des grandes questions "
            "posées par la ville, proposer ses idées et commenter celles des autres.</p>"
            "<p>Les habitants pouvaient aussi organiser un <b>atelier contributif</b> chez eux, "
            "dans leur association ou sur leur lieu de travail, grâce au kit de participation, "
            "puis en publier la synthèse au nom de leur groupe. L'agenda partagé signalait les "
            "rencontres organisées près de chez soi.</p>",
        ),
        timeline(
            step("step", date(2016, 3, 7), "Ouverture des Assises"),
            step(
                "debate",
                date(2016, 3, 7),
                "Débats en ligne et ateliers contributifs",
                "<p>Chacun propose, débat et publie la synthèse de son atelier.</p>",
                end=date(2016, 4, 15),
            ),
            step("meeting", date(2016, 5, 21), "Rencontre de clôture des Assises"),
            step(
                "decision",
                date(2016, 7, 4),
                "Publication de la synthèse",
                "<p>Propositions, avis et critiques, question par question.</p>",
                document=Doc("synthesis"),
            ),
        ),
        resources(
            resource(
                "deliberation",
                "Délibération du conseil municipal lançant la sixième édition des Assises",
                f"{EX}/deliberations/assises-2016",
                "Conseil municipal",
                date(2016, 2, 9),
            ),
            resource(
                "sheet",
                "Le rôle des ambassadeurs des Assises",
                f"{EX}/assises/ambassadeurs",
                "L'Agora",
            ),
            resource(
                "city_page",
                "Les Assises pour la Ville 2016",
                f"{EX}/assises-2016",
                "Ville de Nanterre",
            ),
            resource(
                "press",
                "Numéro spécial du magazine municipal consacré aux Assises",
                f"{EX}/magazine/numero-special-assises",
                "Le magazine de la ville",
                date(2016, 3, 1),
            ),
        ),
        documents(
            (Doc("synthesis"), "Propositions, avis et critiques, question par question."),
            (Doc("comments"), "Tous les commentaires publiés pendant la consultation."),
        ),
        podcast(
            "Radio Agora : les Assises racontées par celles et ceux qui les ont faites",
            "Une habitante et un ambassadeur des Assises racontent leur participation.",
            Doc("podcast"),
            ASSISES_TRANSCRIPT,
            duration=JINGLE_SECONDS,
        ),
        kit(
            "<p>Réunissez vos voisins, vos collègues ou les membres de votre association et "
            "débattez des questions des Assises. Le guide de l'animateur explique comment "
            "mener la discussion en une heure et demie.</p>",
            [Doc("guide"), Doc("feedback")],
            "<p>Remplissez la fiche de retour, puis publiez-la en ligne comme contribution "
            "collective, déposez-la à l'Agora ou envoyez-la par courriel.</p>",
        ),
        results(
            "<p>En 2016, 1\u00a0559 habitants ont pris part aux Assises, en ligne et dans "
            "les ateliers, et ont déposé 351 contributions, dont 195 collectives ; ce site en "
            "présente une sélection, comptée ci-dessus. Les contributions ont été lues une à "
            "une et regroupées par question. Les habitants demandent d'abord des transports "
            "plus fréquents entre les quartiers, des lieux pour les jeunes et une ville "
            "associée à ses grands projets.</p>",
            [],
            [
                (
                    "Une plateforme de participation permanente",
                    "Chaque grand projet de la ville est désormais soumis à concertation en "
                    "ligne et en ateliers.",
                ),
                (
                    "Des ambassadeurs dans les quartiers",
                    "Des habitants volontaires relaient les concertations au plus près de "
                    "leurs voisins.",
                ),
            ],
            synthesis=Doc("synthesis"),
        ),
    ],
}
