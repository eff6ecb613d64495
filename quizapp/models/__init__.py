"""Database models: content (articles, decks, questions) apart from per-user state (cards, reviews)."""

from quizapp.models import carddecks  # noqa: F401 - its listeners keep CardState.deck_key
from quizapp.models.classes import ClassDeck, ClassMember, SchoolClass
from quizapp.models.content import Article, ArticleParagraph, ArticleSection, Deck, Question
from quizapp.models.drafts import Draft
from quizapp.models.holds import CardHold
from quizapp.models.livecounts import store_live_counts
from quizapp.models.progress import CardState, CardStateKind, Review
from quizapp.models.reviewdays import ReviewDay, ReviewDayClock
from quizapp.models.search import QuestionSearch
from quizapp.models.security import LoginFailure
from quizapp.models.user import User

__all__ = [
    "Article",
    "ArticleParagraph",
    "ArticleSection",
    "CardHold",
    "CardState",
    "CardStateKind",
    "ClassDeck",
    "ClassMember",
    "Deck",
    "Draft",
    "LoginFailure",
    "Question",
    "QuestionSearch",
    "Review",
    "ReviewDay",
    "ReviewDayClock",
    "SchoolClass",
    "User",
    "store_live_counts",
]
