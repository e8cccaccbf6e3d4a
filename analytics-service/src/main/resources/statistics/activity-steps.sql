-- The steps that are activity: signing, renewal, completed mission, conference held, statement issued.
-- A fragment, written {activity} where a query needs it.
('signed', 'renewed', 'completed', 'held', 'issued')
