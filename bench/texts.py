"""Plausible French texts for the generated contributions and comments, drawn at random."""

import random

CATEGORIES = [
    "Nature et animaux",
    "Usages et fréquentation",
    "Patrimoine",
    "Restauration et commerces",
    "Sport et jeux",
    "Accessibilité",
]
GROUPS = [
    "Amicale des locataires",
    "Conseil de quartier du Parc",
    "Atelier de la maison de quartier",
    "Collectif des parents d'élèves",
    "Réunion d'appartement",
    "Club des aînés",
    "Association des commerçants",
]
PLACES = [
    "Maison de quartier du Parc",
    "Salle commune de la résidence",
    "L'Agora",
    "École élémentaire",
    "Chez une habitante",
    "Médiathèque",
]

SUBJECTS = [
    "Des bancs",
    "Un jardin partagé",
    "Des fontaines",
    "Un éclairage",
    "Des toilettes publiques",
    "Une aire de jeux",
    "Des nichoirs",
    "Un kiosque",
    "Des pistes cyclables",
    "Des tables de pique-nique",
    "Un parcours sportif",
    "Des panneaux d'information",
]
PLACES_IN_PARK = [
    "près de l'entrée sud",
    "le long de l'allée centrale",
    "autour de la mare",
    "pour les familles",
    "pour les aînés",
    "sur l'esplanade nord",
    "à l'ombre des platanes",
    "près des écoles",
]
SENTENCES = [
    "J'habite à côté du parc et je le traverse tous les jours.",
    "Le week-end, les familles viennent pique-niquer sur la pelouse.",
    "Le soir, l'allée du fond n'est pas éclairée et personne n'ose y passer.",
    "Les enfants manquent d'espace pour jouer au ballon sans gêner les autres.",
    "Les personnes âgées ont besoin de bancs avec un dossier, tous les cent mètres.",
    "Il faudrait garder les grands arbres, qui donnent de l'ombre en été.",
    "Un point d'eau éviterait des allers-retours à la maison.",
    "Les chiens pourraient avoir un espace clos pour courir.",
    "Les associations du quartier cherchent un lieu pour se réunir dehors.",
    "Des panneaux pourraient raconter l'histoire du parc et de ses arbres.",
    "Les poubelles débordent chaque dimanche soir.",
    "Les écoles voisines pourraient y organiser des sorties nature.",
    "Un marché de producteurs une fois par semaine ferait vivre le parc.",
    "Les allées en gravier sont difficiles pour les poussettes et les fauteuils.",
    "Nous en avons parlé entre voisins et nous sommes tous d'accord.",
    "Cette proposition reprend ce qui a été dit lors de la dernière réunion.",
]
REACTIONS = [
    "Tout à fait d'accord.",
    "Bonne idée, mais qui va l'entretenir ?",
    "Je soutiens, surtout pour les enfants.",
    "Attention au bruit pour les riverains.",
    "C'est déjà ce qui se fait dans d'autres villes, et ça marche.",
    "Il faudrait aussi penser à l'éclairage.",
    "Je ne suis pas convaincu : le parc doit rester calme.",
    "Merci pour cette proposition très complète.",
]


def title():
    return f"{random.choice(SUBJECTS)} {random.choice(PLACES_IN_PARK)}"


def contribution_text():
    """Two to four paragraphs of two to four sentences: 300 to 1,200 characters."""
    paragraphs = [
        " ".join(random.sample(SENTENCES, random.randint(2, 4)))
        for _ in range(random.randint(2, 4))
    ]
    return "\n\n".join(paragraphs)


def comment_text():
    return " ".join(random.sample(REACTIONS + SENTENCES, random.randint(1, 3)))


# A debate: "Faut-il fermer l'allée centrale du parc aux voitures le week-end ?"
ARGUMENT_TITLES = {
    "for": [
        "Un parc plus calme le week-end",
        "Les enfants pourront jouer en sécurité",
        "Le raccourci ne fait gagner que deux minutes",
        "Moins de bruit, plus d'oiseaux",
        "Un essai, pas une décision définitive",
        "Enfin de la place pour les vélos et les rollers",
        "L'air sera plus respirable sous les platanes",
        "Les familles profiteront de toute l'allée",
    ],
    "against": [
        "Le stationnement manque déjà le samedi",
        "Les voitures passeront dans les rues voisines",
        "Les personnes âgées viennent en voiture",
        "Pourquoi pas seulement le dimanche ?",
        "Les commerçants perdront des clients",
        "Le détour est long quand le boulevard est bouché",
        "Les associations ont besoin d'accéder au kiosque",
        "Et les livraisons des camions de restauration ?",
    ],
}


def argument_title(stance):
    return random.choice(ARGUMENT_TITLES[stance])
