"""Classes, free of Flask: join codes, who is in which class, assigned decks, and the class's figures."""
