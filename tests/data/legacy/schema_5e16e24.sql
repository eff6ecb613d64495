-- The schema that main at commit 5e16e24 made with db.create_all(), as SQLite's sqlite_master holds it.
CREATE TABLE article (
	slug VARCHAR(200) NOT NULL, 
	path VARCHAR(500) NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	PRIMARY KEY (slug), 
	UNIQUE (path)
);
CREATE TABLE deck (
	"key" VARCHAR(300) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	description TEXT NOT NULL, 
	tags JSON NOT NULL, 
	file VARCHAR(500) NOT NULL, 
	retired BOOLEAN NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE user (
	id INTEGER NOT NULL, 
	username VARCHAR(80) NOT NULL, 
	password_hash VARCHAR(256) NOT NULL, 
	created_at DATETIME NOT NULL, 
	timezone VARCHAR(64) NOT NULL, 
	day_starts_at_hour INTEGER NOT NULL, 
	desired_retention DOUBLE NOT NULL, 
	new_cards_per_day INTEGER NOT NULL, 
	reviews_per_day INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (username)
);
CREATE TABLE article_section (
	id INTEGER NOT NULL, 
	article_slug VARCHAR(200) NOT NULL, 
	position INTEGER NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	slug VARCHAR(200) NOT NULL, 
	level INTEGER NOT NULL, 
	items JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(article_slug) REFERENCES article (slug) ON DELETE CASCADE
);
CREATE INDEX ix_article_section_article_slug ON article_section (article_slug);
CREATE TABLE question (
	id VARCHAR(120) NOT NULL, 
	deck_key VARCHAR(300) NOT NULL, 
	position INTEGER NOT NULL, 
	type VARCHAR(20) NOT NULL, 
	prompt TEXT NOT NULL, 
	text TEXT NOT NULL, 
	answer TEXT NOT NULL, 
	accept JSON NOT NULL, 
	choices JSON NOT NULL, 
	explanation TEXT NOT NULL, 
	hint TEXT NOT NULL, 
	fact VARCHAR(200) NOT NULL, 
	tags JSON NOT NULL, 
	source_article VARCHAR(500), 
	article_slug VARCHAR(200), 
	source_section VARCHAR(500), 
	source_paragraph INTEGER, 
	source_anchor VARCHAR(250), 
	source_quote TEXT, 
	line INTEGER NOT NULL, 
	retired BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(deck_key) REFERENCES deck ("key"), 
	FOREIGN KEY(article_slug) REFERENCES article (slug)
);
CREATE INDEX ix_question_retired ON question (retired);
CREATE INDEX ix_question_deck_key ON question (deck_key);
CREATE INDEX ix_question_fact ON question (fact);
CREATE INDEX ix_question_article_slug ON question (article_slug);
CREATE TABLE article_paragraph (
	id INTEGER NOT NULL, 
	section_id INTEGER NOT NULL, 
	"index" INTEGER NOT NULL, 
	anchor VARCHAR(250) NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(section_id) REFERENCES article_section (id) ON DELETE CASCADE
);
CREATE INDEX ix_article_paragraph_section_id ON article_paragraph (section_id);
CREATE TABLE card_state (
	id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	question_id VARCHAR(120) NOT NULL, 
	state INTEGER NOT NULL, 
	step INTEGER, 
	stability DOUBLE, 
	difficulty DOUBLE, 
	due DATETIME NOT NULL, 
	last_review DATETIME, 
	reps INTEGER NOT NULL, 
	lapses INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (user_id, question_id), 
	FOREIGN KEY(user_id) REFERENCES user (id) ON DELETE CASCADE, 
	FOREIGN KEY(question_id) REFERENCES question (id)
);
CREATE INDEX ix_card_state_user_id ON card_state (user_id);
CREATE INDEX ix_card_state_due ON card_state (due);
CREATE INDEX ix_card_state_question_id ON card_state (question_id);
CREATE TABLE review (
	id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	question_id VARCHAR(120) NOT NULL, 
	rating INTEGER NOT NULL, 
	auto_correct BOOLEAN, 
	typed_answer TEXT, 
	duration_ms INTEGER, 
	state_before JSON, 
	state_after JSON NOT NULL, 
	reviewed_at DATETIME NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES user (id) ON DELETE CASCADE, 
	FOREIGN KEY(question_id) REFERENCES question (id)
);
CREATE INDEX ix_review_question_id ON review (question_id);
CREATE INDEX ix_review_user_id ON review (user_id);
CREATE INDEX ix_review_reviewed_at ON review (reviewed_at);
